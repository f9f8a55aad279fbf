package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import java.util.EnumMap;
import java.util.Map;

/**
 * A simple sentence labeller Thresher is compared with. A baseline sees one sentence's text at
 * a time, nothing else.
 */
public interface Baseline {
    /** A short name for tables, e.g. {@code majority}. */
    String name();

    /** One line saying what the baseline does and what it was trained on. */
    String description();

    /** The probability (or 0/1 vote) of every label for {@code sentence}. */
    Map<Label, Double> scores(String sentence);

    /** Labels the sentence {@code text} found at {@code start}: the highest score wins, ties in label order. */
    default LabeledSentence label(String text, int start) {
        Map<Label, Double> scores = new EnumMap<>(scores(text));
        Label best = Label.CLAIM;
        for (Label l : Label.values()) {
            scores.putIfAbsent(l, 0.0);
            if (scores.get(l) > scores.get(best)) {
                best = l;
            }
        }
        return new LabeledSentence(text, start, start + text.length(), best, scores.get(best), scores);
    }

    /** A one-hot score map for {@code label}. */
    static Map<Label, Double> oneHot(Label label) {
        Map<Label, Double> m = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            m.put(l, l == label ? 1.0 : 0.0);
        }
        return m;
    }
}
