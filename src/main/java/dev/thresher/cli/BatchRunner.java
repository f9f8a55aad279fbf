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
 * Writes the results of {@link Thresher#classifyAll(Stream, BatchOptions, java.util.function.Function)}
 * for classify and clean: each document formatted on the worker that classified it, outputs in
 * input order, failures reported on standard error and skipped (or fatal with
 * --fail-fast), progress alongside, a closed output pipe ending the run quietly.
 */
final class BatchRunner {
    /** Turns one classified document into its output text. */
    @FunctionalInterface
    interface Format {
        String apply(DocumentSource source, ClassifiedDocument document);
    }

    /** One document's output text (formatted on the worker) or failure, and its size in bytes. */
    private record Output(DocumentSource source, String text, RuntimeException failure, long bytes) {
    }

    private BatchRunner() {
    }

    /** Formats a result on the worker that classified it; a formatting failure is the document's failure. */
    private static Output output(BatchResult<DocumentSource> r, Format format) {
        if (!r.succeeded()) {
            return new Output(r.source(), null, r.failure(), Math.max(0, r.source().size()));
        }
        try {
            String text = format.apply(r.source(), r.classified());
            long size = r.source().size();
            return new Output(r.source(), text, null, size >= 0 ? size
                    : r.classified().document().text().getBytes(StandardCharsets.UTF_8).length);
        } catch (RuntimeException e) {
            return new Output(r.source(), null, e, Math.max(0, r.source().size()));
        }
    }

    /** Runs the batch and returns the exit code. */
    static int run(Thresher thresher, Inputs.Resolved inputs, BatchOptions options, boolean failFast,
                   Progress.Mode progressMode, Main.Streams streams, Format format, PrintWriter out,
                   PrintWriter err) {
        // Folders are walked for their size only when progress is shown; files are sized either way.
        long size = inputs.totalSize(progressMode != Progress.Mode.OFF);
        Progress progress = new Progress(err, progressMode, progressMode == Progress.Mode.OFF ? -1 : size);
        options = options.withExpectedBytes(size);
        boolean outputOnTerminal = streams.terminal().stdout();
        int failed = 0;
        boolean internal = false;
        boolean stopped = false;
        try (Stream<Output> results = thresher.classifyAll(inputs.sources(), options, r -> output(r, format))) {
            Iterator<Output> it = results.iterator();
            while (it.hasNext()) {
                Output result = it.next();
                if (result.failure() != null) {
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
                if (outputOnTerminal) {
                    progress.clear();
                }
                out.print(result.text());
                out.flush();
                if (out.checkError()) {
                    return Main.OK;
                }
                progress.add(result.bytes());
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
