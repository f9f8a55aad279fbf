package dev.thresher;

/**
 * How {@link Thresher#classifyAll(java.util.stream.Stream, BatchOptions)} runs a batch.
 *
 * @param threads  documents classified at once, on worker threads (1: on the consuming thread)
 * @param explain  whether each result carries {@link Explanation}s (slower)
 * @param inFlight most documents read but not yet consumed, per thread; with the byte bound
 *                 {@link #MAX_BYTES_IN_FLIGHT}, what bounds a batch's memory
 * @param expectedBytes how many bytes of input the batch will read, or -1 when unknown; a hint
 *                 (see {@link #withExpectedBytes})
 */
public record BatchOptions(int threads, boolean explain, int inFlight, long expectedBytes) {
    /** At most about this many bytes of input are held in flight (one larger document is let through). */
    public static final long MAX_BYTES_IN_FLIGHT = 8L << 20;

    /**
     * From this much expected input on, a batch with a worker per processor holds one worker back
     * while the JVM compiles the code just after it starts (see {@link #withExpectedBytes}).
     */
    public static final long LARGE_BATCH_BYTES = 16_000_000L;

    /** Options without a size hint. */
    public BatchOptions(int threads, boolean explain, int inFlight) {
        this(threads, explain, inFlight, -1);
    }

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
        return new BatchOptions(threads, explain, inFlight, expectedBytes);
    }

    /** These options with explanations in every result. */
    public BatchOptions withExplanations() {
        return new BatchOptions(threads, true, inFlight, expectedBytes);
    }

    /**
     * These options for a batch of about {@code bytes} bytes of input (-1: unknown). The output
     * does not depend on it. From {@link #LARGE_BATCH_BYTES} on, when there is a worker per
     * processor, one worker waits while the JVM's own threads are busy (in a new JVM, the JIT
     * compiler for its first seconds) and then joins for good: the compiler finishes sooner and
     * the code runs at full speed sooner, which makes a large batch in a new JVM faster; a small
     * one would be slower, as it ends before the compiler does. In a JVM that has warmed up
     * already, the worker waits for two samples of the JVM's CPU time (0.4 s) once per batch.
     */
    public BatchOptions withExpectedBytes(long bytes) {
        return new BatchOptions(threads, explain, inFlight, Math.max(-1, bytes));
    }

    /** Whether the batch is large enough for a worker to wait for the JVM's warm-up (where there is a worker per processor). */
    boolean yieldsToWarmUp() {
        return expectedBytes >= LARGE_BATCH_BYTES;
    }
}
