package dev.thresher.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on standard error. On a terminal one line is redrawn in place; elsewhere (with
 * {@code --progress}) plain lines are written now and then, with no carriage returns or escape
 * codes, so that a log file stays readable. Batch figures: documents, MB, MB/s and, when the total
 * is known, percentage and ETA; commands with steps (train, evaluate) show each step's message.
 */
final class Progress {
    /** How progress shows. */
    enum Mode {
        /** Not at all. */
        OFF,
        /** One line redrawn in place on a terminal. */
        LINE,
        /** Plain lines, for a file or a pipe. */
        PLAIN
    }

    private static final long LINE_INTERVAL_NANOS = 250_000_000L;
    private static final long PLAIN_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final Mode mode;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw = start;
    private long documents;
    private long bytes;
    private boolean drawn;

    Progress(PrintWriter err, Mode mode, long totalBytes) {
        this.err = err;
        this.mode = mode;
        this.total = totalBytes;
    }

    /**
     * The mode for a command: a line on a terminal standard error unless standard output is that
     * terminal too (the line would tear the output), unless {@code --progress} asks for it anyway;
     * plain lines when asked for with standard error not a terminal.
     */
    static Mode mode(Terminal terminal, boolean asked) {
        if (terminal.stderr()) {
            return asked || !terminal.stdout() ? Mode.LINE : Mode.OFF;
        }
        return asked ? Mode.PLAIN : Mode.OFF;
    }

    /** Counts one more document of {@code documentBytes} bytes, and shows the figures if it is time. */
    void add(long documentBytes) {
        documents++;
        bytes += Math.max(0, documentBytes);
        if (mode != Mode.OFF) {
            long now = System.nanoTime();
            if (now - lastDraw >= (mode == Mode.LINE ? LINE_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
                lastDraw = now;
                show(figures(now), false);
            }
        }
    }

    /** Shows the message of a step that is starting. */
    void step(String message) {
        if (mode != Mode.OFF) {
            show(String.format(Locale.ROOT, "%s (%.0f s)", message, (System.nanoTime() - start) / 1e9), false);
        }
    }

    long documents() {
        return documents;
    }

    /** Clears the line, so that a message or output can be printed on the terminal. */
    void clear() {
        if (mode == Mode.LINE && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** Ends the display: with {@code summary}, the final figures on their own line. */
    void finish(boolean summary) {
        if (mode == Mode.OFF) {
            return;
        }
        if (summary) {
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            show(String.format(Locale.ROOT, "%,d documents, %.1f MB in %.1f s, %.2f MB/s", documents, bytes / 1e6,
                    seconds, bytes / 1e6 / seconds), true);
        } else {
            clear();
        }
    }

    private String figures(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double mb = bytes / 1e6;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d documents, %.1f MB, %.2f MB/s",
                documents, mb, mb / seconds));
        if (total > 0) {
            line.append(String.format(Locale.ROOT, ", %.0f%%", Math.min(100.0, 100.0 * bytes / total)));
            if (bytes > 0 && bytes < total) {
                long eta = (long) ((total - bytes) / (bytes / seconds));
                line.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
            }
        }
        return line.toString();
    }

    private void show(String text, boolean last) {
        if (mode == Mode.LINE) {
            err.print("\r" + text + "\033[K");
            if (last) {
                err.println();
            }
            drawn = !last;
        } else {
            err.println("thresher: " + text);
        }
        err.flush();
    }
}
