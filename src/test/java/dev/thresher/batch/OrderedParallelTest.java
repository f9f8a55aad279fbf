package dev.thresher.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    /** A source of 0..n-1 that counts how many items have been pulled. */
    static final class Counting implements Iterator<Integer> {
        final int n;
        final AtomicInteger pulled = new AtomicInteger();

        Counting(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            return pulled.get() < n;
        }

        @Override
        public Integer next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pulled.getAndIncrement();
        }
    }

    /** Uneven work: later items often finish before earlier ones. */
    private static final Function<Integer, String> WORK = i -> {
        long spin = (i * 7919L % 13) * 20_000;
        long x = 0;
        for (long k = 0; k < spin; k++) {
            x += k ^ i;
        }
        if (i % 17 == 5) {
            throw new IllegalArgumentException("bad " + i);
        }
        return "item " + i + (x == 42 ? "!" : "");
    };

    private static OrderedParallel<Integer, String> map(Iterator<Integer> source, int threads, int window,
                                                        long maxWeight, long itemWeight) {
        return new OrderedParallel<>(source, WORK, threads, window, maxWeight, i -> itemWeight);
    }

    private static List<String> run(int threads, int n) {
        List<String> out = new ArrayList<>();
        map(new Counting(n), threads, 3 * threads, Long.MAX_VALUE, 1).forEachRemaining(o ->
                out.add(o.failure() != null ? o.item() + " failed: " + o.failure().getMessage() : o.result()));
        return out;
    }

    @Test
    void outputIsTheSameInOrderForAnyNumberOfThreads() {
        List<String> one = run(1, 300);
        assertEquals(300, one.size());
        assertEquals("item 0", one.get(0));
        assertEquals("5 failed: bad 5", one.get(5));
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, run(threads, 300), threads + " threads");
        }
    }

    @Test
    void holdingAWorkerBackForTheWarmUpChangesNothingButTiming() {
        List<String> one = run(1, 300);
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        List<String> gated = new ArrayList<>();
        new OrderedParallel<>(new Counting(300), WORK, cores, 3 * cores, Long.MAX_VALUE, i -> 1L, true)
                .forEachRemaining(o -> gated.add(o.failure() != null
                        ? o.item() + " failed: " + o.failure().getMessage() : o.result()));
        assertEquals(one, gated);
    }

    @Test
    void neverPullsMoreThanTheWindowAhead() {
        for (int threads : new int[] {1, 2, 4}) {
            int window = 2 * threads;
            Counting source = new Counting(500);
            int delivered = 0;
            int maxAhead = 0;
            for (OrderedParallel<Integer, String> run = map(source, threads, window, Long.MAX_VALUE, 1); run.hasNext(); ) {
                int item = run.next().item();
                assertEquals(delivered, item);
                delivered++;
                maxAhead = Math.max(maxAhead, source.pulled.get() - item);
            }
            assertEquals(500, delivered);
            assertTrue(maxAhead <= window + 1, "pulled " + maxAhead + " ahead with a window of " + window);
        }
    }

    @Test
    void weightBoundsTheWorkInFlightButLetsAHeavyItemThrough() {
        Counting source = new Counting(200);
        int maxAhead = 0;
        // Items weigh 10 each, budget 25: at most three in flight (the third starts under budget),
        // plus the one being handed out.
        for (OrderedParallel<Integer, String> run = map(source, 4, 100, 25, 10); run.hasNext(); ) {
            maxAhead = Math.max(maxAhead, source.pulled.get() - run.next().item());
        }
        assertTrue(maxAhead <= 4, "ahead " + maxAhead);
        List<String> heavy = new ArrayList<>();
        map(new Counting(5), 2, 4, 1, 1_000_000).forEachRemaining(o -> heavy.add(o.result()));
        assertEquals(5, heavy.size());
    }

    @Test
    void closingStopsPullingAndEndsTheOutcomes() {
        for (int threads : new int[] {1, 3}) {
            Counting source = new Counting(10_000);
            List<Integer> seen = new ArrayList<>();
            OrderedParallel<Integer, String> run = map(source, threads, 4, Long.MAX_VALUE, 1);
            while (run.hasNext()) {
                int item = run.next().item();
                seen.add(item);
                if (item == 9) {
                    run.close();
                }
            }
            assertEquals(IntStream.rangeClosed(0, 9).boxed().toList(), seen);
            assertTrue(source.pulled.get() <= 15, "pulled " + source.pulled.get());
        }
    }

    @Test
    void aFailingSourceDeliversWhatCameBeforeThenThrows() {
        IllegalStateException boom = new IllegalStateException("disk gone");
        Iterator<Integer> source = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (i == 7) {
                    throw boom;
                }
                return i++;
            }
        };
        List<Integer> seen = new ArrayList<>();
        OrderedParallel<Integer, Integer> run = new OrderedParallel<>(source, i -> i, 2, 3, Long.MAX_VALUE, i -> 1);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                run.forEachRemaining(o -> seen.add(o.result())));
        assertSame(boom, thrown);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), seen);
    }
}
