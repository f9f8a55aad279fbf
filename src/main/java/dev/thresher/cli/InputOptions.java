package dev.thresher.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The inputs of the commands that process a batch of documents (classify and clean) and how to read them. */
final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "A .txt file, a web page (.html or .htm), a folder of them (searched recursively), a JSON "
                    + "Lines file (.jsonl or .ndjson), or - for standard input. With no INPUT, standard input is read "
                    + "when it is not a terminal.")
    List<String> inputs = List.of();

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto: JSON Lines for .jsonl and .ndjson files, web pages for .html and .htm, text "
                    + "otherwise; txt: every INPUT is text; html: every INPUT is a web page; jsonl: every INPUT (or -) "
                    + "is JSON Lines, one document per line (default: ${DEFAULT-VALUE}).")
    Inputs.Format inputFormat;

    @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
            description = "With JSON Lines: the field holding a document's text; a.b names field b of object a "
                    + "(default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--html-field", paramLabel = "NAME",
            description = "With JSON Lines: the field holding a document's web page (HTML), read as .html files "
                    + "are, instead of --text-field; a.b names field b of object a.")
    String htmlField;

    @Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
            description = "With JSON Lines: the field holding a document's id, a string or number, written out as "
                    + "it came; a record without one goes by FILE:LINE (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--fail-fast",
            description = "Stop at the first document that cannot be read, instead of reporting it and going on.")
    boolean failFast;

    /**
     * The documents the arguments name; standard input when there is no argument and standard
     * input is not a terminal.
     *
     * @throws CommandLine.ParameterException when there is nothing to read
     */
    Inputs.Resolved resolve(Main.Streams streams) {
        List<String> arguments = inputs;
        if (arguments.isEmpty()) {
            if (streams.terminal().stdin()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no INPUT: name files or folders, or pipe text into standard input");
            }
            arguments = List.of("-");
        }
        return Inputs.resolve(arguments, inputFormat, htmlField != null ? htmlField : textField, htmlField != null,
                idField, streams.stdin());
    }
}
