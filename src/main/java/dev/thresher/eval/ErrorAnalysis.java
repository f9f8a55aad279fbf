package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most frequent end-to-end confusions, each with real examples. Examples are the most
 * confident mistakes first (the ones a user would trust most), drawn from as many different
 * documents as possible; ties go to document id and position, so the choice is deterministic.
 *
 * @param errors     end-to-end mistakes in all
 * @param confusions the confusions, most frequent first
 */
public record ErrorAnalysis(int errors, List<Confusion> confusions) {
    /** How many confusions are listed. */
    public static final int CONFUSIONS = 6;
    /** How many examples each lists at most. */
    public static final int EXAMPLES = 5;

    /** Copies the list. */
    public ErrorAnalysis {
        confusions = List.copyOf(confusions);
    }

    /**
     * One kind of mistake.
     *
     * @param count         how many gold sentences of label {@code gold} got {@code predicted}
     * @param shareOfErrors its share of all mistakes
     * @param examples      up to {@link #EXAMPLES} instances
     */
    public record Confusion(Label gold, Label predicted, int count, double shareOfErrors, List<Example> examples) {
    }

    /**
     * One mistake.
     *
     * @param document   the document id
     * @param row        the line of the gold sentence in the document's {@code .labels.tsv}
     * @param sentence   the gold sentence
     * @param gold       its gold label
     * @param predicted  the label the model gave it end to end
     * @param confidence the model's confidence in that label
     * @param why        the features that contributed most to the predicted label, in words with
     *                   their contributions (empty when not explained)
     */
    public record Example(String document, int row, String sentence, Label gold, Label predicted,
                         double confidence, List<String> why) {
        /** Copies the list. */
        public Example {
            why = List.copyOf(why);
        }
    }

    /** Says why the model predicted what it did for gold sentence {@code index} of {@code run}. */
    @FunctionalInterface
    public interface Why {
        /** The top contributions, in words, for the prediction aligned to gold sentence {@code index}. */
        List<String> explain(DocumentRun run, int index);
    }

    /** The analysis of {@code runs}' end-to-end predictions. */
    public static ErrorAnalysis of(List<DocumentRun> runs) {
        return of(runs, CONFUSIONS, EXAMPLES, (run, index) -> List.of());
    }

    /** The analysis of {@code runs}' end-to-end predictions, each example explained by {@code why}. */
    public static ErrorAnalysis of(List<DocumentRun> runs, Why why) {
        return of(runs, CONFUSIONS, EXAMPLES, why);
    }

    /** The analysis of {@code runs}' end-to-end predictions, with the given limits. */
    public static ErrorAnalysis of(List<DocumentRun> runs, int maxConfusions, int maxExamples, Why why) {
        List<Example> mistakes = new ArrayList<>();
        // Where each mistake comes from, so that only the examples shown are explained.
        Map<Example, Source> origin = new IdentityHashMap<>();
        for (DocumentRun run : runs) {
            List<GoldSentence> gold = run.document().sentences();
            for (int i = 0; i < gold.size(); i++) {
                LabeledSentence p = run.aligned().get(i);
                Label predicted = p == null ? Label.CLAIM : p.label();
                if (predicted != gold.get(i).label()) {
                    GoldSentence g = gold.get(i);
                    mistakes.add(new Example(run.document().id(), g.row(),
                            run.document().text().substring(g.start(), g.end()), g.label(), predicted,
                            p == null ? 0 : p.confidence(), List.of()));
                    origin.put(mistakes.get(mistakes.size() - 1), new Source(run, i));
                }
            }
        }
        int n = Label.values().length;
        int[][] counts = new int[n][n];
        for (Example e : mistakes) {
            counts[e.gold().ordinal()][e.predicted().ordinal()]++;
        }
        List<Label[]> pairs = new ArrayList<>();
        for (Label g : Label.values()) {
            for (Label p : Label.values()) {
                if (g != p && counts[g.ordinal()][p.ordinal()] > 0) {
                    pairs.add(new Label[] {g, p});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Label[] pair) -> -counts[pair[0].ordinal()][pair[1].ordinal()])
                .thenComparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
        List<Confusion> confusions = new ArrayList<>();
        for (Label[] pair : pairs.subList(0, Math.min(maxConfusions, pairs.size()))) {
            List<Example> candidates = new ArrayList<>();
            for (Example e : mistakes) {
                if (e.gold() == pair[0] && e.predicted() == pair[1]) {
                    candidates.add(e);
                }
            }
            int count = candidates.size();
            candidates.sort(Comparator.comparingDouble(Example::confidence).reversed()
                    .thenComparing(Example::document).thenComparingInt(Example::row));
            List<Example> explained = new ArrayList<>();
            for (Example e : pick(candidates, maxExamples)) {
                Source source = origin.get(e);
                explained.add(new Example(e.document(), e.row(), e.sentence(), e.gold(), e.predicted(),
                        e.confidence(), why.explain(source.run(), source.index())));
            }
            confusions.add(new Confusion(pair[0], pair[1], count, (double) count / mistakes.size(), explained));
        }
        return new ErrorAnalysis(mistakes.size(), confusions);
    }

    /** The run and gold-sentence index a mistake was found at. */
    private record Source(DocumentRun run, int index) {
    }

    /** The first {@code max} candidates, preferring ones from documents not already picked. */
    private static List<Example> pick(List<Example> candidates, int max) {
        List<Example> picked = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        for (Example e : candidates) {
            if (picked.size() < max && documents.add(e.document())) {
                picked.add(e);
            }
        }
        for (Example e : candidates) {
            if (picked.size() < max && !picked.contains(e)) {
                picked.add(e);
            }
        }
        picked.sort(Comparator.comparingDouble(Example::confidence).reversed()
                .thenComparing(Example::document).thenComparingInt(Example::row));
        return picked;
    }
}
