package dev.thresher.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * End-to-end scores per group of documents (genre, site or the document itself), and the
 * documents the model does worst on with their mistakes.
 */
public final class Breakdown {
    /** How many mistakes are shown for each of the worst documents. */
    public static final int ERRORS_SHOWN = 3;

    private Breakdown() {
    }

    /**
     * One group's figures.
     *
     * @param group      its name
     * @param documents  how many documents it holds
     * @param sentences  how many gold sentences
     * @param errors     how many of them are labelled wrongly
     * @param accuracy   share labelled correctly
     * @param macroF1    macro-F1 over the labels with gold support in the group
     */
    public record Row(String group, int documents, int sentences, int errors, double accuracy, double macroF1) {
    }

    /** A document with its figures and its most confident mistakes. */
    public record Worst(Row row, List<Judgement> mistakes) {
    }

    /**
     * The figures of each group, in name order; documents without a group (the function gives
     * {@code null}) are left out.
     */
    public static List<Row> by(List<String> labels, List<Judgement> judgements, Function<String, String> groupOf) {
        Map<String, List<Judgement>> groups = new TreeMap<>();
        Map<String, Set<String>> documents = new LinkedHashMap<>();
        for (Judgement j : judgements) {
            String g = groupOf.apply(j.doc());
            if (g != null) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(j);
                documents.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(j.doc());
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, List<Judgement>> e : groups.entrySet()) {
            GoldScores s = GoldScores.of(labels, e.getValue());
            int errors = (int) e.getValue().stream().filter(j -> !j.correct()).count();
            out.add(new Row(e.getKey(), documents.get(e.getKey()).size(), s.sentences(), errors, s.accuracy(),
                    s.macroF1()));
        }
        return out;
    }

    /**
     * The {@code n} documents with the lowest accuracy (most errors, then id, on a tie), each with
     * its {@link #ERRORS_SHOWN} most confident mistakes.
     */
    public static List<Worst> worst(List<String> labels, List<Judgement> judgements, int n) {
        List<Row> rows = new ArrayList<>(by(labels, judgements, Function.identity()));
        rows.sort(Comparator.comparingDouble(Row::accuracy).thenComparing(Comparator.comparingInt(Row::errors).reversed())
                .thenComparing(Row::group));
        List<Worst> out = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(n, rows.size()))) {
            if (r.errors() == 0) {
                break;
            }
            List<Judgement> mistakes = new ArrayList<>();
            for (Judgement j : judgements) {
                if (j.doc().equals(r.group()) && !j.correct()) {
                    mistakes.add(j);
                }
            }
            mistakes.sort(Comparator.comparingDouble(Judgement::confidence).reversed().thenComparingInt(Judgement::start));
            out.add(new Worst(r, List.copyOf(mistakes.subList(0, Math.min(ERRORS_SHOWN, mistakes.size())))));
        }
        return out;
    }
}
