package dev.thresher.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The warm-up gate holds one worker back while the JVM's threads are busy, then opens for good. */
class WarmUpGateTest {
    private final AtomicLong clock = new AtomicLong();
    private final AtomicLong jvmCpu = new AtomicLong();

    /** Advances the clock by one sample period, the JVM's threads using {@code cores} of CPU meanwhile. */
    private void tick(double cores) {
        clock.addAndGet(WarmUpGate.SAMPLE_NANOS);
        jvmCpu.addAndGet(Math.round(cores * WarmUpGate.SAMPLE_NANOS));
    }

    private static Thread enterInBackground(WarmUpGate gate, CountDownLatch entered) {
        Thread t = new Thread(() -> {
            try {
                gate.enter();
                entered.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void secondWorkerWaitsWhileTheJvmIsBusy() throws InterruptedException {
        WarmUpGate gate = new WarmUpGate(2, clock::get, jvmCpu::get);
        gate.enter();
        CountDownLatch entered = new CountDownLatch(1);
        enterInBackground(gate, entered);
        assertFalse(entered.await(300, TimeUnit.MILLISECONDS), "the second worker ran while the first did");

        tick(1.0);
        gate.leave(); // a busy sample: the gate stays shut, and the waiting worker takes the free place
        assertFalse(gate.isOpen());
        assertTrue(entered.await(5, TimeUnit.SECONDS), "the waiting worker did not take the free place");
    }

    @Test
    void waitingWorkersGoInTheOrderTheyCame() throws InterruptedException {
        WarmUpGate gate = new WarmUpGate(3, clock::get, jvmCpu::get); // two places while shut
        gate.enter();
        gate.enter();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        enterInBackground(gate, first);
        Thread.sleep(200); // the first waiter has its turn before the second comes
        enterInBackground(gate, second);
        assertFalse(second.await(200, TimeUnit.MILLISECONDS));
        gate.leave(); // one place frees up: the first waiter's
        assertTrue(first.await(5, TimeUnit.SECONDS), "the first waiter did not go in");
        assertFalse(second.await(300, TimeUnit.MILLISECONDS), "the second waiter went in ahead of its turn");
        gate.leave();
        assertTrue(second.await(5, TimeUnit.SECONDS), "the second waiter did not go in");
        assertFalse(gate.isOpen());
    }

    @Test
    void opensForGoodAfterTwoQuietSamplesInARow() throws InterruptedException {
        WarmUpGate gate = new WarmUpGate(2, clock::get, jvmCpu::get);
        double[] samples = {0.1, 0.9, 0.2, 0.4};
        boolean[] openAfter = {false, false, false, true};
        for (int k = 0; k < samples.length; k++) {
            gate.enter();
            tick(samples[k]);
            gate.leave();
            assertTrue(gate.isOpen() == openAfter[k], "after sample " + k);
        }
        tick(2.0); // once open, it stays open: two workers get in at once
        gate.enter();
        gate.enter();
        assertTrue(gate.isOpen());
    }

    @Test
    void aSampleIsTakenOncePerPeriod() throws InterruptedException {
        WarmUpGate gate = new WarmUpGate(2, clock::get, jvmCpu::get);
        for (int k = 0; k < 5; k++) {
            gate.enter();
            clock.addAndGet(WarmUpGate.SAMPLE_NANOS / 10); // quiet, but too soon for a sample
            gate.leave();
        }
        assertFalse(gate.isOpen());
    }

    @Test
    void opensAfterTheLongestHoldEvenIfTheJvmStaysBusy() throws InterruptedException {
        WarmUpGate gate = new WarmUpGate(2, clock::get, jvmCpu::get);
        gate.enter();
        long ticks = WarmUpGate.MAX_HOLD_NANOS / WarmUpGate.SAMPLE_NANOS;
        for (long k = 0; k < ticks - 1; k++) {
            tick(1.0);
            gate.leave();
            gate.enter();
            assertFalse(gate.isOpen());
        }
        tick(1.0);
        gate.leave();
        assertTrue(gate.isOpen());
    }

    @Test
    void isOpenFromTheStartWithOneWorkerOrWithoutCpuTimes() {
        assertTrue(new WarmUpGate(1, clock::get, jvmCpu::get).isOpen());
        assertTrue(new WarmUpGate(2, clock::get, () -> -1).isOpen());
    }
}
