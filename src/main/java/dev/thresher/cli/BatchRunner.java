package dev.thresher.cli;

import dev.thresher.BatchOptions;
import dev.thresher.BatchResult;
import dev.thresher.ClassifiedDocument;
import dev.thresher.DocumentSource;
import dev.thresher.Thresher;
import dev.thresher.ThresherException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes the results of {@link Thresher#classifyAll(Stream, BatchOptions)} for classify and
 * clean: outputs in input order, failures reported on standard error and skipped (or fatal with
 * --fail-fast), progress alongside, a closed output pipe ending the run quietly.
 */
final class BatchRunner {
    /** Turns one classified document into its output text. */
    @FunctionalInterface
    interface Format {
        String apply(DocumentSource source, ClassifiedDocument document);
    }

    private BatchRunner() {
    }

    /** Runs the batch and returns the exit code. */
    static int run(Thresher thresher, Inputs.Resolved inputs, BatchOptions options, boolean failFast,
                   Progress.Mode progressMode, Main.Streams streams, Format format, PrintWriter out,
                   PrintWriter err) {
        Progress progress = new Progress(err, progressMode, progressMode == Progress.Mode.OFF ? -1 : inputs.totalSize());
        boolean outputOnTerminal = streams.terminal().stdout();
        int failed = 0;
        boolean internal = false;
        boolean stopped = false;
        try (Stream<BatchResult<DocumentSource>> results = thresher.classifyAll(inputs.sources(), options)) {
            Iterator<BatchResult<DocumentSource>> it = results.iterator();
            while (it.hasNext()) {
                BatchResult<DocumentSource> result = it.next();
                if (!result.succeeded()) {
                    failed++;
                    progress.clear();
                    RuntimeException failure = result.failure();
                    if (failure instanceof ThresherException) {
                        err.println("thresher: " + failure.getMessage());
                    } else {
                        internal = true;
                        err.println("thresher: " + result.source().location() + ": internal error: " + failure);
                    }
                    err.flush();
                    progress.add(Math.max(0, result.source().size()));
                    if (failFast) {
                        stopped = true;
                        break;
                    }
                    continue;
                }
                String text = format.apply(result.source(), result.classified());
                if (outputOnTerminal) {
                    progress.clear();
                }
                out.print(text);
                out.flush();
                if (out.checkError()) {
                    return Main.OK;
                }
                long size = result.source().size();
                progress.add(size >= 0 ? size
                        : result.classified().document().text().getBytes(StandardCharsets.UTF_8).length);
            }
        }
        long documents = progress.documents();
        progress.finish(documents > 1);
        if (documents == 0) {
            err.println("thresher: no input documents");
            return Main.INPUT;
        }
        if (failed > 0) {
            if (stopped) {
                err.printf("thresher: stopped at the first failure (--fail-fast) after %d documents%n", documents);
            } else if (documents > 1) {
                err.printf("thresher: %d of %d documents failed%n", failed, documents);
            }
            err.flush();
            return internal ? Main.INTERNAL : Main.INPUT;
        }
        return Main.OK;
    }
}
