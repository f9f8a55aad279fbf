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

    private static List<String> run(int threads, int n) {
        List<String> out = new ArrayList<>();
        new OrderedParallel<Integer, String>(threads, 3 * threads, Long.MAX_VALUE, i -> 1).run(new Counting(n), WORK,
                (item, result, failure) -> {
                    out.add(failure != null ? item + " failed: " + failure.getMessage() : result);
                    return true;
                });
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
    void neverPullsMoreThanTheWindowAhead() {
        for (int threads : new int[] {1, 2, 4}) {
            int window = 2 * threads;
            Counting source = new Counting(500);
            int[] delivered = {0};
            int[] maxAhead = {0};
            new OrderedParallel<Integer, String>(threads, window, Long.MAX_VALUE, i -> 1).run(source, WORK,
                    (item, result, failure) -> {
                        assertEquals(delivered[0], item.intValue());
                        delivered[0]++;
                        maxAhead[0] = Math.max(maxAhead[0], source.pulled.get() - item);
                        return true;
                    });
            assertEquals(500, delivered[0]);
            assertTrue(maxAhead[0] <= window, "pulled " + maxAhead[0] + " ahead with a window of " + window);
        }
    }

    @Test
    void weightBoundsTheWorkInFlightButLetsAHeavyItemThrough() {
        Counting source = new Counting(200);
        int[] maxAhead = {0};
        // Items weigh 10 each, budget 25: at most three in flight (the third starts under budget).
        new OrderedParallel<Integer, String>(4, 100, 25, i -> 10).run(source, WORK, (item, result, failure) -> {
            maxAhead[0] = Math.max(maxAhead[0], source.pulled.get() - item);
            return true;
        });
        assertTrue(maxAhead[0] <= 3, "ahead " + maxAhead[0]);
        List<String> heavy = new ArrayList<>();
        new OrderedParallel<Integer, String>(2, 4, 1, i -> 1_000_000).run(new Counting(5), WORK,
                (item, result, failure) -> heavy.add(result) || true);
        assertEquals(5, heavy.size());
    }

    @Test
    void stoppingEndsTheRunWithoutPullingFurther() {
        for (int threads : new int[] {1, 3}) {
            Counting source = new Counting(10_000);
            List<Integer> seen = new ArrayList<>();
            OrderedParallel.Outcome outcome = new OrderedParallel<Integer, String>(threads, 4, Long.MAX_VALUE, i -> 1)
                    .run(source, WORK, (item, result, failure) -> {
                        seen.add(item);
                        return item < 9;
                    });
            assertEquals(OrderedParallel.Outcome.STOPPED, outcome);
            assertEquals(IntStream.rangeClosed(0, 9).boxed().toList(), seen);
            assertTrue(source.pulled.get() <= 14, "pulled " + source.pulled.get());
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
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                new OrderedParallel<Integer, Integer>(2, 3, Long.MAX_VALUE, i -> 1).run(source, i -> i,
                        (item, result, failure) -> seen.add(result)));
        assertSame(boom, thrown);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), seen);
    }
}
