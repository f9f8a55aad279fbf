package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {
    @Test
    void binsAreHalfOpenWithOneIncludedInTheLast() {
        assertEquals(0, Reliability.bin(0.0, 10));
        assertEquals(0, Reliability.bin(0.0999, 10));
        assertEquals(1, Reliability.bin(0.1, 10));
        assertEquals(3, Reliability.bin(0.3, 10));
        assertEquals(6, Reliability.bin(0.6, 10));
        assertEquals(7, Reliability.bin(0.7, 10));
        assertEquals(8, Reliability.bin(0.8999999, 10));
        assertEquals(9, Reliability.bin(0.9, 10));
        assertEquals(9, Reliability.bin(1.0, 10));
        assertEquals(1, Reliability.bin(0.5, 2));
    }

    @Test
    void countsAccuracyAndCalibrationErrorByHand() {
        // bin 0.5-0.6: 0.55 right, 0.55 wrong -> accuracy 0.5, mean 0.55
        // bin 0.9-1.0: 0.95, 0.95, 1.0 right, 0.9 wrong -> accuracy 0.75, mean 0.95
        List<Double> confidence = List.of(0.55, 0.55, 0.95, 0.95, 1.0, 0.9);
        List<Boolean> correct = List.of(true, false, true, true, true, false);
        Reliability r = Reliability.of(confidence, correct, 10, new double[] {0.0, 0.6, 0.96});
        assertEquals(10, r.bins().size());
        Reliability.Bin mid = r.bins().get(5);
        assertEquals(2, mid.count());
        assertEquals(0.5, mid.accuracy(), 1e-12);
        assertEquals(0.55, mid.meanConfidence(), 1e-12);
        Reliability.Bin top = r.bins().get(9);
        assertEquals(4, top.count());
        assertEquals(0.75, top.accuracy(), 1e-12);
        assertEquals(0.95, top.meanConfidence(), 1e-12);
        assertEquals(0, r.bins().get(0).count());
        assertTrue(Double.isNaN(r.bins().get(0).accuracy()));
        assertEquals(2.0 / 6 * 0.05 + 4.0 / 6 * 0.2, r.ece(), 1e-12);

        Reliability.Abstention all = r.abstention().get(0);
        assertEquals(6, all.answered());
        assertEquals(1.0, all.coverage(), 1e-12);
        assertEquals(4.0 / 6, all.accuracy(), 1e-12);
        Reliability.Abstention confident = r.abstention().get(1);
        assertEquals(4, confident.answered());
        assertEquals(4.0 / 6, confident.coverage(), 1e-12);
        assertEquals(0.75, confident.accuracy(), 1e-12);
        Reliability.Abstention strict = r.abstention().get(2);
        assertEquals(1, strict.answered());
        assertEquals(1.0, strict.accuracy(), 1e-12);
    }

    @Test
    void aThresholdAboveEveryConfidenceAnswersNothing() {
        Reliability r = Reliability.of(List.of(0.4, 0.6), List.of(true, true), 10, new double[] {0.99});
        assertEquals(0, r.abstention().get(0).answered());
        assertEquals(0.0, r.abstention().get(0).coverage());
        assertTrue(Double.isNaN(r.abstention().get(0).accuracy()));
    }
}
