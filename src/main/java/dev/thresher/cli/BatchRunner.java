package dev.thresher.cli;

import dev.thresher.ThresherException;
import dev.thresher.batch.Document;
import dev.thresher.batch.Input;
import dev.thresher.batch.OrderedParallel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Runs a per-document function over the inputs of classify or clean: documents are read and
 * processed in parallel, their outputs written in input order, failures reported on standard
 * error and skipped (or fatal with --fail-fast), a closed output pipe ends the run quietly.
 */
final class BatchRunner {
    /** At most this many documents in flight per thread (read but not yet written). */
    static final int DOCUMENTS_PER_THREAD = 4;
    /** At most this many bytes of input in flight (one larger document is still let through). */
    static final long MAX_BYTES_IN_FLIGHT = 8L << 20;

    /** What processing one document produced: its output and its size in bytes. */
    record Output(String text, long bytes) {
    }

    private BatchRunner() {
    }

    /**
     * Whether standard error is a terminal: a console (stdin and stdout are terminals), or, on
     * Linux, file descriptor 2 is a terminal device (so that progress shows with stdout redirected
     * to a file).
     */
    static boolean stderrIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * Runs {@code format} over the documents of {@code inputs} and returns the exit code.
     *
     * @param format turns one document into its output text
     */
    static int run(Inputs.Resolved inputs, BatchOptions options, int threads, Function<Document, String> format,
                   PrintWriter out, PrintWriter err) {
        boolean showProgress = options.progress || stderrIsTerminal();
        Progress progress = new Progress(err, showProgress, showProgress ? inputs.totalSize() : -1);
        int[] failed = {0};
        boolean[] internal = {false};
        boolean[] broken = {false};
        OrderedParallel<Input, Output> runner = new OrderedParallel<>(threads, DOCUMENTS_PER_THREAD * threads,
                MAX_BYTES_IN_FLIGHT, Input::size);
        OrderedParallel.Outcome outcome = runner.run(inputs.iterator(), input -> {
            Document doc = input.read();
            String text = format.apply(doc);
            long size = input.size() >= 0 ? input.size() : doc.text().getBytes(StandardCharsets.UTF_8).length;
            return new Output(text, size);
        }, (input, output, failure) -> {
            if (failure != null) {
                failed[0]++;
                progress.clear();
                if (failure instanceof ThresherException) {
                    err.println("thresher: " + failure.getMessage());
                } else {
                    internal[0] = true;
                    err.println("thresher: " + input.location() + ": internal error: " + failure);
                }
                err.flush();
                progress.add(Math.max(0, input.size()));
                return !options.failFast;
            }
            out.print(output.text());
            if (out.checkError()) {
                broken[0] = true;
                return false;
            }
            progress.add(output.bytes());
            return true;
        });
        if (broken[0]) {
            return Main.OK;
        }
        progress.finish();
        if (failed[0] > 0) {
            if (outcome == OrderedParallel.Outcome.STOPPED) {
                err.printf("thresher: stopped at the first failure (--fail-fast) after %d documents%n",
                        progress.documents());
            } else if (progress.documents() > 1) {
                err.printf("thresher: %d of %d documents failed%n", failed[0], progress.documents());
            }
            err.flush();
            return internal[0] ? Main.INTERNAL : Main.INPUT;
        }
        return Main.OK;
    }
}
