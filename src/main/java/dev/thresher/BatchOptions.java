package dev.thresher;

/**
 * How {@link Thresher#classifyAll(java.util.stream.Stream, BatchOptions)} runs a batch.
 *
 * @param threads  documents classified at once, on worker threads (1: on the consuming thread)
 * @param explain  whether each result carries {@link Explanation}s (slower)
 * @param inFlight most documents read but not yet consumed, per thread; with the byte bound
 *                 {@link #MAX_BYTES_IN_FLIGHT}, what bounds a batch's memory
 */
public record BatchOptions(int threads, boolean explain, int inFlight) {
    /** At most about this many bytes of input are held in flight (one larger document is let through). */
    public static final long MAX_BYTES_IN_FLIGHT = 8L << 20;

    /** Validates the counts. */
    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight must be at least 1, not " + inFlight);
        }
    }

    /** One thread per processor, no explanations, 4 documents in flight per thread. */
    public static BatchOptions defaults() {
        return new BatchOptions(Runtime.getRuntime().availableProcessors(), false, 4);
    }

    /** These options with {@code threads} worker threads. */
    public BatchOptions withThreads(int threads) {
        return new BatchOptions(threads, explain, inFlight);
    }

    /** These options with explanations in every result. */
    public BatchOptions withExplanations() {
        return new BatchOptions(threads, true, inFlight);
    }
}
