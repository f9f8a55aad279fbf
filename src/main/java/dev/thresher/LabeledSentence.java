package dev.thresher;

import java.util.Map;
import java.util.Objects;

/**
 * One sentence of a classified document.
 *
 * @param text       the sentence, equal to {@code input.substring(start, end)}
 * @param start      offset of its first character in the input, in UTF-16 code units
 * @param end        offset just past its last character
 * @param label      the most probable label
 * @param confidence the probability of {@code label}
 * @param scores     the probability of every label, summing to 1, in {@link Label} order
 */
public record LabeledSentence(String text, int start, int end, Label label, double confidence,
                              Map<Label, Double> scores) {
    /** Validates the span and copies the scores into an unmodifiable map iterated in {@link Label} order. */
    public LabeledSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for text of length "
                    + text.length());
        }
        scores = ScoreMap.of(scores);
    }
}
