package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldSentence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    private static LabeledSentence predicted(String text, int start, Label label) {
        return new LabeledSentence(text, start, start + text.length(), label, 1.0,
                Map.of(Label.CLAIM, label == Label.CLAIM ? 1.0 : 0.0, Label.QUOTATION, 0.0, Label.OPINION,
                        label == Label.OPINION ? 1.0 : 0.0, Label.BOILERPLATE, label == Label.BOILERPLATE ? 1.0 : 0.0));
    }

    @Test
    void eachGoldSentenceTakesThePredictionOverlappingItMost() {
        // gold: [0,10) [11,20) [21,30); predicted: one merged [0,20) and [21,30)
        List<GoldSentence> gold = List.of(new GoldSentence(Label.CLAIM, 0, 10, 2),
                new GoldSentence(Label.OPINION, 11, 20, 3), new GoldSentence(Label.BOILERPLATE, 21, 30, 4),
                new GoldSentence(Label.CLAIM, 40, 45, 5));
        LabeledSentence merged = predicted("x".repeat(20), 0, Label.CLAIM);
        LabeledSentence last = predicted("y".repeat(9), 21, Label.BOILERPLATE);
        List<LabeledSentence> aligned = Alignment.byOverlap(gold, List.of(merged, last));
        assertEquals(merged, aligned.get(0));
        assertEquals(merged, aligned.get(1));
        assertEquals(last, aligned.get(2));
        assertNull(aligned.get(3));
    }
}
