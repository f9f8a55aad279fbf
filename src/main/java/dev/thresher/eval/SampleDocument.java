package dev.thresher.eval;

import dev.thresher.LabeledSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One evaluated document as Thresher labelled it end to end, for the HTML report: each
 * predicted sentence with its label and confidence and the gold labels of the gold sentences
 * it overlaps.
 *
 * @param id        the document id
 * @param text      its raw text
 * @param sentences the predicted sentences, in order
 */
public record SampleDocument(String id, String text, List<Span> sentences) {
    /** Copies the list. */
    public SampleDocument {
        sentences = List.copyOf(sentences);
    }

    /**
     * A predicted sentence.
     *
     * @param predicted its label (mapped onto the gold label set)
     * @param gold      the labels of the gold sentences overlapping it, in order, without repeats
     */
    public record Span(int start, int end, String predicted, double confidence, List<String> gold) {
        /** Whether the prediction agrees with every gold sentence it covers. */
        public boolean correct() {
            return gold.stream().allMatch(g -> g.equals(predicted));
        }
    }

    /** A gold sentence's span and label. */
    public record GoldSpan(int start, int end, String label) {
    }

    /** A document to sample from: its id, text, predictions and gold spans, in order. */
    public record Candidate(String id, String text, List<LabeledSentence> predicted, List<GoldSpan> gold) {
    }

    /**
     * Up to {@code n} documents: {@code preferred} first if present; then, among documents whose
     * gold sentences use the most distinct labels, those whose sentence count is closest to their
     * median, the smallest id on a tie.
     *
     * @param map our label's name onto the gold label set
     */
    public static List<SampleDocument> pick(List<Candidate> candidates, String preferred, int n,
                                            UnaryOperator<String> map) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.id().equals(preferred)) {
                chosen.add(c);
            }
        }
        int most = 0;
        for (Candidate c : candidates) {
            most = Math.max(most, distinct(c));
        }
        List<Candidate> pool = new ArrayList<>();
        for (Candidate c : candidates) {
            if (distinct(c) == most && !chosen.contains(c)) {
                pool.add(c);
            }
        }
        if (!pool.isEmpty()) {
            List<Integer> sizes = new ArrayList<>();
            for (Candidate c : pool) {
                sizes.add(c.gold().size());
            }
            sizes.sort(null);
            int median = sizes.get((sizes.size() - 1) / 2);
            pool.sort(Comparator.comparingInt((Candidate c) -> Math.abs(c.gold().size() - median))
                    .thenComparing(Candidate::id));
        }
        for (Candidate c : pool) {
            if (chosen.size() >= n) {
                break;
            }
            chosen.add(c);
        }
        List<SampleDocument> out = new ArrayList<>();
        for (Candidate c : chosen.subList(0, Math.min(n, chosen.size()))) {
            out.add(of(c, map));
        }
        return out;
    }

    private static int distinct(Candidate c) {
        Set<String> labels = new LinkedHashSet<>();
        for (GoldSpan g : c.gold()) {
            labels.add(g.label());
        }
        return labels.size();
    }

    /** The sample of one document. */
    public static SampleDocument of(Candidate c, UnaryOperator<String> map) {
        List<Span> spans = new ArrayList<>();
        List<GoldSpan> gold = c.gold();
        int first = 0;
        for (LabeledSentence p : c.predicted()) {
            while (first < gold.size() && gold.get(first).end() <= p.start()) {
                first++;
            }
            Set<String> labels = new LinkedHashSet<>();
            for (int j = first; j < gold.size() && gold.get(j).start() < p.end(); j++) {
                labels.add(gold.get(j).label());
            }
            spans.add(new Span(p.start(), p.end(), map.apply(p.label().name()), p.confidence(), List.copyOf(labels)));
        }
        return new SampleDocument(c.id(), c.text(), spans);
    }

    /** The candidates of already computed runs of our own dataset format. */
    public static List<Candidate> candidates(List<DocumentRun> runs) {
        List<Candidate> out = new ArrayList<>();
        for (DocumentRun run : runs) {
            List<GoldSpan> gold = new ArrayList<>();
            for (var g : run.document().sentences()) {
                gold.add(new GoldSpan(g.start(), g.end(), g.label().name()));
            }
            out.add(new Candidate(run.document().id(), run.document().text(), run.predicted(), gold));
        }
        return out;
    }
}
