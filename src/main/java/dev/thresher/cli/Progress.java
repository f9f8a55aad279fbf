package dev.thresher.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress display on standard error: documents, MB, MB/s and, when the total is known, ETA. */
final class Progress {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long documents;
    private long bytes;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled, long totalBytes) {
        this.err = err;
        this.enabled = enabled;
        this.total = totalBytes;
    }

    void add(long documentBytes) {
        documents++;
        bytes += Math.max(0, documentBytes);
        if (enabled) {
            long now = System.nanoTime();
            if (now - lastDraw >= INTERVAL_NANOS) {
                lastDraw = now;
                draw(now);
            }
        }
    }

    long documents() {
        return documents;
    }

    long bytes() {
        return bytes;
    }

    /** Clears the line, so that a message can be printed. */
    void clear() {
        if (enabled && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** Draws the final figures and ends the line. */
    void finish() {
        if (enabled) {
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            err.print(String.format(Locale.ROOT, "\r%,d documents, %.1f MB in %.1f s, %.2f MB/s\033[K%n", documents,
                    bytes / 1e6, seconds, bytes / 1e6 / seconds));
            err.flush();
            drawn = false;
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double mb = bytes / 1e6;
        double rate = mb / seconds;
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "\r%,d documents, %.1f MB, %.2f MB/s", documents, mb, rate));
        if (total > 0) {
            line.append(String.format(Locale.ROOT, ", %.0f%%", Math.min(100.0, 100.0 * bytes / total)));
            if (bytes > 0 && bytes < total) {
                long eta = (long) ((total - bytes) / (bytes / seconds));
                line.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
            }
        }
        line.append("\033[K");
        err.print(line);
        err.flush();
        drawn = true;
    }
}
