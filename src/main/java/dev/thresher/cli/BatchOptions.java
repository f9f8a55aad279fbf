package dev.thresher.cli;

import dev.thresher.ThresherException;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and options of the commands that process a batch of documents: classify and clean. */
final class BatchOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A .txt file, a folder of .txt files (searched recursively), a JSON Lines file with "
                    + "--input-format jsonl, or - for standard input.")
    List<String> inputs;

    @Option(names = "--input-format", defaultValue = "txt", paramLabel = "FORMAT",
            description = "txt: each INPUT is a UTF-8 text file, a folder of .txt files (recursively) or - ; "
                    + "jsonl: each INPUT is a JSON Lines file (or -) with one document per line (default: "
                    + "${DEFAULT-VALUE}).")
    Inputs.Format inputFormat;

    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
            description = "With jsonl input: the field holding a document's text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
            description = "With jsonl input: the field holding a document's id, a string or number; a record "
                    + "without one goes by FILE:LINE (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents processed in parallel (default: the number of processors). The output is "
                    + "the same, in the same order, for any N.")
    Integer threads;

    @Option(names = "--progress", description = "Show progress on standard error even when it is not a terminal.")
    boolean progress;

    @Option(names = "--fail-fast",
            description = "Stop at the first document that cannot be read, instead of reporting it and going on.")
    boolean failFast;

    /** The number of worker threads: {@code --threads}, or the number of processors. */
    int threadCount() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ThresherException(ThresherException.Kind.INPUT, "--threads must be at least 1");
        }
        return n;
    }

    /** The documents named by the INPUT arguments, read as {@code --input-format} says. */
    Inputs.Resolved resolve() {
        return Inputs.resolve(inputs, inputFormat, textField, idField, System.in);
    }
}
