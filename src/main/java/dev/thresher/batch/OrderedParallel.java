package dev.thresher.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs a function over a stream of items on a pool of threads and hands the results to a sink
 * in the order of the items, with bounded work in flight.
 *
 * <p>The calling thread pulls items from the source lazily, submits them, and delivers results
 * in order. It never holds more than {@code maxItems} items (pulled but not yet delivered), nor
 * more than {@code maxWeight} of their weight (for instance bytes) unless a single item is
 * heavier, so memory is bounded whatever the length of the source. With one thread everything
 * runs on the calling thread. The output does not depend on the number of threads.
 *
 * <p>Not a public API contract beyond this package's use by the command line.
 *
 * @param <I> the items
 * @param <O> the results
 */
public final class OrderedParallel<I, O> {
    /** Receives each item's result, or its failure, in source order. */
    @FunctionalInterface
    public interface Sink<I, O> {
        /**
         * Takes one item's outcome.
         *
         * @param item    the item
         * @param result  its result, or null when it failed
         * @param failure why it failed (an exception thrown by the function), or null
         * @return whether to go on; false stops the run: no more items are pulled, and the
         *         results of items in flight are dropped
         */
        boolean accept(I item, O result, RuntimeException failure);
    }

    private final int threads;
    private final int maxItems;
    private final long maxWeight;
    private final ToLongFunction<I> weight;

    /**
     * A runner.
     *
     * @param threads   worker threads (1: everything on the calling thread)
     * @param maxItems  most items pulled from the source and not yet delivered (at least 1)
     * @param maxWeight most total weight of those items (one item is always allowed)
     * @param weight    the weight of an item, e.g. its size in bytes
     */
    public OrderedParallel(int threads, int maxItems, long maxWeight, ToLongFunction<I> weight) {
        if (threads < 1 || maxItems < 1 || maxWeight < 1) {
            throw new IllegalArgumentException("threads, maxItems and maxWeight must be at least 1");
        }
        this.threads = threads;
        this.maxItems = maxItems;
        this.maxWeight = maxWeight;
        this.weight = Objects.requireNonNull(weight, "weight");
    }

    /** How the run ended. */
    public enum Outcome {
        /** Every item was delivered. */
        COMPLETED,
        /** The sink asked to stop. */
        STOPPED
    }

    /**
     * Runs {@code function} over every item of {@code source}, delivering to {@code sink} in
     * source order. An exception thrown by the function is delivered as that item's failure; one
     * thrown by the source ends the run after the items already pulled are delivered, and is
     * then rethrown.
     */
    public Outcome run(Iterator<? extends I> source, Function<? super I, ? extends O> function, Sink<I, O> sink) {
        if (threads == 1) {
            return runHere(source, function, sink);
        }
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        ArrayDeque<Pending<I, O>> window = new ArrayDeque<>();
        long inFlightWeight = 0;
        RuntimeException sourceFailure = null;
        try {
            while (true) {
                while (sourceFailure == null && window.size() < maxItems
                        && (window.isEmpty() || inFlightWeight < maxWeight)) {
                    I item;
                    try {
                        if (!source.hasNext()) {
                            break;
                        }
                        item = source.next();
                    } catch (RuntimeException e) {
                        sourceFailure = e;
                        break;
                    }
                    long w = Math.max(0, weight.applyAsLong(item));
                    inFlightWeight += w;
                    window.add(new Pending<>(item, w, pool.submit(() -> function.apply(item))));
                }
                Pending<I, O> next = window.poll();
                if (next == null) {
                    break;
                }
                inFlightWeight -= next.weight;
                O result = null;
                RuntimeException failure = null;
                try {
                    result = next.future.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    failure = cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
                if (!sink.accept(next.item, result, failure)) {
                    return Outcome.STOPPED;
                }
            }
        } finally {
            for (Pending<I, O> p : window) {
                p.future.cancel(true);
            }
            pool.shutdownNow();
        }
        if (sourceFailure != null) {
            throw sourceFailure;
        }
        return Outcome.COMPLETED;
    }

    private Outcome runHere(Iterator<? extends I> source, Function<? super I, ? extends O> function,
                            Sink<I, O> sink) {
        while (source.hasNext()) {
            I item = source.next();
            O result = null;
            RuntimeException failure = null;
            try {
                result = function.apply(item);
            } catch (RuntimeException e) {
                failure = e;
            }
            if (!sink.accept(item, result, failure)) {
                return Outcome.STOPPED;
            }
        }
        return Outcome.COMPLETED;
    }

    private record Pending<I, O>(I item, long weight, Future<? extends O> future) {
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "thresher-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
