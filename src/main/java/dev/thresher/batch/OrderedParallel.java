package dev.thresher.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
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
 * Maps a function over a lazy source on a pool of threads and yields the results in source
 * order, with bounded work in flight.
 *
 * <p>The consuming thread pulls: each {@link #next()} tops up the window of submitted items from
 * the source, then waits for the oldest. The window never holds more than {@code maxItems} items,
 * nor more than {@code maxWeight} of their weight (for instance bytes) unless a single item is
 * heavier, so memory is bounded whatever the length of the source. With one thread the function
 * runs on the consuming thread. The results do not depend on the number of threads.
 *
 * <p>Not thread-safe: one thread consumes. {@link #close()} cancels the work in flight; it is
 * called by itself when the source is exhausted.
 *
 * @param <I> the items
 * @param <O> the results
 */
public final class OrderedParallel<I, O> implements Iterator<OrderedParallel.Outcome<I, O>>, AutoCloseable {
    /**
     * One item's outcome.
     *
     * @param item    the item
     * @param result  its result, or null when it failed
     * @param failure what the function threw, or null
     */
    public record Outcome<I, O>(I item, O result, RuntimeException failure) {
    }

    private record Pending<I, O>(I item, long weight, Future<? extends O> future) {
    }

    private final Iterator<? extends I> source;
    private final Function<? super I, ? extends O> function;
    private final int maxItems;
    private final long maxWeight;
    private final ToLongFunction<? super I> weight;
    /** The workers, or null with one thread. */
    private final ExecutorService pool;
    /** Holds a worker back while the JVM warms up, or null. */
    private final WarmUpGate gate;
    private final ArrayDeque<Pending<I, O>> window = new ArrayDeque<>();
    private long inFlightWeight;
    private RuntimeException sourceFailure;
    private boolean closed;

    /**
     * A lazy ordered map; nothing runs until the first {@link #hasNext()}.
     *
     * @param source    the items, pulled lazily on the consuming thread
     * @param function  what to compute for each item, on a worker thread
     * @param threads   worker threads (1: everything on the consuming thread)
     * @param maxItems  most items pulled from the source and not yet returned (at least 1)
     * @param maxWeight most total weight of those items (one item is always allowed)
     * @param weight    the weight of an item, e.g. its size in bytes
     */
    public OrderedParallel(Iterator<? extends I> source, Function<? super I, ? extends O> function, int threads,
                           int maxItems, long maxWeight, ToLongFunction<? super I> weight) {
        this(source, function, threads, maxItems, maxWeight, weight, false);
    }

    /**
     * As {@link #OrderedParallel(Iterator, Function, int, int, long, ToLongFunction)}; with
     * {@code yieldToWarmUp}, one worker waits while the JVM's own threads are busy warming up
     * ({@link WarmUpGate}), when the workers would otherwise take every processor.
     */
    public OrderedParallel(Iterator<? extends I> source, Function<? super I, ? extends O> function, int threads,
                           int maxItems, long maxWeight, ToLongFunction<? super I> weight,
                           boolean yieldToWarmUp) {
        if (threads < 1 || maxItems < 1 || maxWeight < 1) {
            throw new IllegalArgumentException("threads, maxItems and maxWeight must be at least 1");
        }
        this.source = Objects.requireNonNull(source, "source");
        this.function = Objects.requireNonNull(function, "function");
        this.maxItems = threads == 1 ? 1 : maxItems;
        this.maxWeight = maxWeight;
        this.weight = Objects.requireNonNull(weight, "weight");
        ThreadPoolExecutor workers = threads == 1 ? null : new ThreadPoolExecutor(threads, threads, 30L,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
        if (workers != null) {
            // Idle workers of a run abandoned without close() end by themselves.
            workers.allowCoreThreadTimeOut(true);
        }
        this.pool = workers;
        this.gate = workers != null && yieldToWarmUp ? WarmUpGate.forThisJvm(threads) : null;
    }

    /**
     * Whether another outcome follows.
     *
     * @throws RuntimeException what the source threw, once the items pulled before it are returned
     */
    @Override
    public boolean hasNext() {
        fill();
        if (!window.isEmpty()) {
            return true;
        }
        close();
        if (sourceFailure != null) {
            RuntimeException e = sourceFailure;
            sourceFailure = null;
            throw e;
        }
        return false;
    }

    /** The next item's outcome, in source order; waits for it if it is still being computed. */
    @Override
    public Outcome<I, O> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Pending<I, O> head = window.poll();
        inFlightWeight -= head.weight();
        if (pool == null) {
            try {
                return new Outcome<>(head.item(), function.apply(head.item()), null);
            } catch (RuntimeException e) {
                return new Outcome<>(head.item(), null, e);
            }
        }
        fill();
        try {
            return new Outcome<>(head.item(), head.future().get(), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                close();
                throw error;
            }
            return new Outcome<>(head.item(), null,
                    cause instanceof RuntimeException re ? re : new IllegalStateException(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CancellationException("interrupted while waiting for a result");
        }
    }

    /** Pulls items into the window up to its bounds; a source failure stops pulling. */
    private void fill() {
        while (!closed && sourceFailure == null && window.size() < maxItems
                && (window.isEmpty() || inFlightWeight < maxWeight)) {
            I item;
            try {
                if (!source.hasNext()) {
                    return;
                }
                item = source.next();
            } catch (RuntimeException e) {
                sourceFailure = e;
                return;
            }
            long w = Math.max(0, weight.applyAsLong(item));
            inFlightWeight += w;
            window.add(new Pending<>(item, w, pool == null ? null : pool.submit(() -> apply(item))));
        }
    }

    /** Runs the function on a worker, once the warm-up gate lets it. */
    private O apply(I item) throws InterruptedException {
        if (gate == null) {
            return function.apply(item);
        }
        gate.enter();
        try {
            return function.apply(item);
        } finally {
            gate.leave();
        }
    }

    /** Cancels the work in flight and stops the workers; later calls find no more outcomes. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Pending<I, O> p : window) {
            if (p.future() != null) {
                p.future().cancel(true);
            }
        }
        window.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
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
