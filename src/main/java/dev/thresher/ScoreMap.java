package dev.thresher;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The scores of a {@link LabeledSentence}: an unmodifiable map from label to probability,
 * iterated in {@link Label} order, held as one array (a document can have millions of sentences).
 */
final class ScoreMap extends AbstractMap<Label, Double> {
    private static final Label[] LABELS = Label.values();

    /** The score of each label, by ordinal; NaN for a label without one. */
    private final double[] scores = new double[LABELS.length];
    private final int size;

    ScoreMap(Map<Label, Double> scores) {
        int n = 0;
        for (Label label : LABELS) {
            Double value = scores.get(label);
            this.scores[label.ordinal()] = value == null ? Double.NaN : value;
            n += value == null ? 0 : 1;
        }
        this.size = n;
    }

    /** The scores of {@code scores}, copied unless they already are a {@code ScoreMap}. */
    static ScoreMap of(Map<Label, Double> scores) {
        return scores instanceof ScoreMap same ? same : new ScoreMap(scores);
    }

    @Override
    public Double get(Object key) {
        return key instanceof Label label && !Double.isNaN(scores[label.ordinal()]) ? scores[label.ordinal()] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<Label, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Label, Double>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < LABELS.length && Double.isNaN(scores[i])) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < LABELS.length;
                    }

                    @Override
                    public Entry<Label, Double> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<Label, Double> e = new SimpleImmutableEntry<>(LABELS[next], scores[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
