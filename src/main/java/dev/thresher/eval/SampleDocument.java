package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
     * @param gold the labels of the gold sentences overlapping it, in order, without repeats
     */
    public record Span(int start, int end, Label predicted, double confidence, List<Label> gold) {
        /** Whether the prediction agrees with every gold sentence it covers. */
        public boolean correct() {
            return gold.stream().allMatch(g -> g == predicted);
        }
    }

    /**
     * The document with id {@code preferred} if given and present; otherwise, among documents
     * whose gold sentences use all four labels (or all documents if none does), the one whose
     * sentence count is closest to their median, the smallest id on a tie.
     */
    public static SampleDocument pick(List<DocumentRun> runs, String preferred) {
        if (runs.isEmpty()) {
            return null;
        }
        DocumentRun chosen = null;
        for (DocumentRun run : runs) {
            if (run.document().id().equals(preferred)) {
                chosen = run;
            }
        }
        if (chosen == null) {
            List<DocumentRun> candidates = new ArrayList<>();
            for (DocumentRun run : runs) {
                if (EnumSet.copyOf(run.gold()).size() == Label.values().length) {
                    candidates.add(run);
                }
            }
            if (candidates.isEmpty()) {
                candidates.addAll(runs);
            }
            List<Integer> sizes = new ArrayList<>();
            for (DocumentRun run : candidates) {
                sizes.add(run.document().sentences().size());
            }
            sizes.sort(null);
            int median = sizes.get((sizes.size() - 1) / 2);
            candidates.sort(Comparator.comparingInt((DocumentRun r) -> Math.abs(r.document().sentences().size() - median))
                    .thenComparing(r -> r.document().id()));
            chosen = candidates.get(0);
        }
        return of(chosen);
    }

    /** The sample of one run. */
    public static SampleDocument of(DocumentRun run) {
        List<Span> spans = new ArrayList<>();
        List<GoldSentence> gold = run.document().sentences();
        int first = 0;
        for (LabeledSentence p : run.predicted()) {
            while (first < gold.size() && gold.get(first).end() <= p.start()) {
                first++;
            }
            List<Label> labels = new ArrayList<>();
            Set<Label> seen = EnumSet.noneOf(Label.class);
            for (int j = first; j < gold.size() && gold.get(j).start() < p.end(); j++) {
                if (seen.add(gold.get(j).label())) {
                    labels.add(gold.get(j).label());
                }
            }
            spans.add(new Span(p.start(), p.end(), p.label(), p.confidence(), List.copyOf(labels)));
        }
        return new SampleDocument(run.document().id(), run.document().text(), spans);
    }
}
