package dev.thresher.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Timing helpers of the benchmark: throughput over a corpus, latency percentiles, heap use. */
public final class Measure {
    private Measure() {
    }

    /** One throughput run. */
    public record Throughput(int threads, double seconds, long bytes, long documents, long sentences,
                             long peakHeapBytes) {
        /** Megabytes (10^6 bytes of UTF-8 input) per second. */
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        /** Sentences per second. */
        public double sentencesPerSecond() {
            return sentences / seconds;
        }
    }

    /** Runs {@code pipeline} over every document on {@code threads} threads (documents shared out one by one). */
    public static Throughput throughput(Pipelines.Pipeline pipeline, List<String> docs, long[] bytes, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong sentences = new AtomicLong();
        Runnable worker = () -> {
            long found = 0;
            int i;
            while ((i = next.getAndIncrement()) < docs.size()) {
                found += pipeline.process(docs.get(i));
            }
            sentences.addAndGet(found);
        };
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        runOn(threads, worker);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stop();
        long total = 0;
        for (long b : bytes) {
            total += b;
        }
        return new Throughput(threads, seconds, total, docs.size(), sentences.get(), peak);
    }

    /** Runs {@code pipeline} over the documents, round and round, for {@code seconds} on {@code threads} threads. */
    public static void warmUp(Pipelines.Pipeline pipeline, List<String> docs, double seconds, int threads) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger next = new AtomicInteger();
        runOn(threads, () -> {
            while (System.nanoTime() < end) {
                pipeline.process(docs.get(Math.floorMod(next.getAndIncrement(), docs.size())));
            }
        });
    }

    private static void runOn(int threads, Runnable worker) {
        if (threads == 1) {
            worker.run();
            return;
        }
        Thread[] pool = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            pool[t] = new Thread(worker, "bench-" + t);
            pool[t].start();
        }
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** Latency percentiles, in milliseconds. */
    public record Latency(double p50, double p99, int runs) {
    }

    /** Processes {@code doc} {@code runs} times, one at a time, and returns the p50 and p99 latency. */
    public static Latency latency(Pipelines.Pipeline pipeline, String doc, int runs) {
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            pipeline.process(doc);
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(percentile(ms, 0.50), percentile(ms, 0.99), runs);
    }

    private static double percentile(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** A timed result. */
    public record Timed<T>(T value, double seconds) {
    }

    /** Times {@code work}. */
    public static <T> Timed<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1e9);
    }

    /** The median time of {@code runs} runs of {@code work}, in seconds. */
    public static double medianSeconds(int runs, Supplier<?> work) {
        double[] s = new double[runs];
        for (int r = 0; r < runs; r++) {
            s[r] = time(work).seconds();
        }
        Arrays.sort(s);
        return s[runs / 2];
    }

    /** Heap in use after a full collection, in bytes (approximate: System.gc() is a request). */
    public static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Samples the heap in use every few milliseconds on a daemon thread and keeps the largest value. */
    public static final class HeapSampler {
        private final Thread thread;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap-sampler");
            thread.setDaemon(true);
        }

        /** Starts sampling. */
        public static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        /** Stops sampling and returns the largest heap use seen, in bytes. */
        public long stop() {
            running = false;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }
    }
}
