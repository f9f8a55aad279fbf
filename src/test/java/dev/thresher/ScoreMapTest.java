package dev.thresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact scores map of {@link LabeledSentence} behaves as an unmodifiable map in label order. */
class ScoreMapTest {
    @Test
    void equalsAnOrdinaryMapOfTheSameScoresAndIteratesInLabelOrder() {
        Map<Label, Double> plain = new HashMap<>(Map.of(Label.OPINION, 0.1, Label.CLAIM, 0.6, Label.BOILERPLATE, 0.2,
                Label.QUOTATION, 0.1));
        Map<Label, Double> scores = new LabeledSentence("x", 0, 1, Label.CLAIM, 0.6, plain).scores();
        assertEquals(plain, scores);
        assertEquals(scores, plain);
        assertEquals(plain.hashCode(), scores.hashCode());
        assertEquals(List.of(Label.values()), List.copyOf(scores.keySet()));
        assertEquals(List.of(0.6, 0.1, 0.1, 0.2), List.copyOf(scores.values()));
        assertThrows(UnsupportedOperationException.class, () -> scores.put(Label.CLAIM, 1.0));
        assertThrows(UnsupportedOperationException.class, () -> scores.entrySet().iterator().next().setValue(1.0));
    }

    @Test
    void missingLabelsAreAbsentNotZero() {
        Map<Label, Double> scores = new LabeledSentence("x", 0, 1, Label.CLAIM, 1, Map.of(Label.CLAIM, 1.0)).scores();
        assertEquals(1, scores.size());
        assertNull(scores.get(Label.OPINION));
        assertEquals(Map.of(Label.CLAIM, 1.0), scores);
        assertEquals(0, new LabeledSentence("x", 0, 1, Label.CLAIM, 1, Map.of()).scores().size());
    }
}
