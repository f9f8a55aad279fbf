package dev.thresher.batch;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps one worker back while the JVM's own threads (above all the JIT compiler, just after
 * start) are busy, when the workers alone would take every core; then lets all of them run, for
 * good.
 *
 * <p>Why: in a new JVM the code runs slowly (interpreted, or compiled without optimisation)
 * until the optimising compiler has compiled it, several seconds of CPU for this pipeline. With
 * as many workers as cores, the workers share the compiler's core and the slow phase lasts
 * longer; holding one worker back during it makes the whole run faster (measured:
 * {@code classify --threads 2} on 64 MB on 2 cores, see the README's Performance section).
 *
 * <p>The JVM's own CPU time is the process's CPU time less that of its Java threads, sampled
 * every {@link #SAMPLE_NANOS}; the gate opens once it has stayed under half a core for two
 * samples in a row, or after {@link #MAX_HOLD_NANOS} in any case. Thread-safe.
 */
final class WarmUpGate {
    static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    static final long MAX_HOLD_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final double BUSY_CORES = 0.5;
    private static final int QUIET_SAMPLES = 2;

    private final int workers;
    private final LongSupplier clock;
    private final LongSupplier jvmCpu;
    private final long start;
    private volatile boolean open;
    private int running;
    private long nextTicket;
    private long serving;
    private long lastSample;
    private long lastCpu;
    private int quiet;

    /**
     * A gate for {@code workers} workers timed by {@code clock} (nanoseconds) that reads the CPU
     * time of the JVM's own threads from {@code jvmCpu} (nanoseconds, negative when unknown).
     */
    WarmUpGate(int workers, LongSupplier clock, LongSupplier jvmCpu) {
        this.workers = workers;
        this.clock = clock;
        this.jvmCpu = jvmCpu;
        this.start = clock.getAsLong();
        this.lastSample = start;
        this.lastCpu = jvmCpu.getAsLong();
        this.open = workers < 2 || lastCpu < 0;
    }

    /**
     * The gate for a pool of {@code workers} threads in this JVM, or null when it has nothing to
     * do: fewer workers than cores leave the JVM a core anyway, and one worker is never held back.
     */
    static WarmUpGate forThisJvm(int workers) {
        if (workers < 2 || workers < Runtime.getRuntime().availableProcessors()) {
            return null;
        }
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return null;
        }
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return null;
        }
        return new WarmUpGate(workers, System::nanoTime, () -> {
            long process = os.getProcessCpuTime();
            if (process < 0) {
                return -1;
            }
            long java = 0;
            for (long t : threads.getThreadCpuTime(threads.getAllThreadIds())) {
                java += Math.max(0, t);
            }
            return Math.max(0, process - java);
        });
    }

    /** Whether every worker may run now. */
    boolean isOpen() {
        return open;
    }

    /** Waits until this worker may run an item; pair with {@link #leave()}. */
    void enter() throws InterruptedException {
        if (open) {
            return;
        }
        synchronized (this) {
            // Workers go in the order they came (they took their items in input order), so that
            // the oldest item in flight is never the one left waiting.
            long ticket = nextTicket++;
            while (!open && (running >= workers - 1 || ticket != serving)) {
                wait(TimeUnit.NANOSECONDS.toMillis(SAMPLE_NANOS));
                sample();
            }
            serving++;
            running++;
            notifyAll();
        }
    }

    /** Ends the item {@link #enter()} let in. */
    void leave() {
        if (open) {
            return;
        }
        synchronized (this) {
            running--;
            sample();
            notifyAll();
        }
    }

    /** Takes a sample if one is due and opens the gate when the JVM's threads have been quiet long enough. */
    private void sample() {
        long now = clock.getAsLong();
        if (open || now - lastSample < SAMPLE_NANOS) {
            return;
        }
        long cpu = jvmCpu.getAsLong();
        double cores = (double) (cpu - lastCpu) / (now - lastSample);
        quiet = cpu >= 0 && cores < BUSY_CORES ? quiet + 1 : 0;
        lastSample = now;
        lastCpu = cpu;
        if (quiet >= QUIET_SAMPLES || cpu < 0 || now - start >= MAX_HOLD_NANOS) {
            open = true;
            notifyAll();
        }
    }
}
