package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Scores predictions against a {@link GoldTable} exactly as the real-world sets' {@code score.py}
 * does, so that the figures agree with it: each gold row takes the (mapped) predicted label that
 * covers most of its non-space characters, counted in code points (Python's string indices;
 * a character outside the Basic Multilingual Plane counts once, not as two UTF-16 units),
 * white space as Python's {@code str.isspace}, ties going to the label met first; clean-text
 * tokens are runs of Python word characters, lower-cased, each kept when the label covering most
 * of its characters is not BOILERPLATE.
 */
public final class GoldScorer {
    private GoldScorer() {
    }

    /**
     * The judgements of one document's gold rows, flagged rows left out unless {@code strict}.
     *
     * @param predicted the predicted sentences of the document, in order (UTF-16 offsets)
     * @param map       our label onto the gold label set
     */
    public static List<Judgement> judge(GoldTable.Document doc, List<LabeledSentence> predicted,
                                        UnaryOperator<String> map, boolean strict) {
        int[] owner = owners(doc.text(), predicted);
        List<Judgement> out = new ArrayList<>();
        String text = doc.text();
        for (GoldTable.Row row : doc.rows()) {
            if (row.flagged() && !strict) {
                continue;
            }
            Map<String, Integer> votes = new LinkedHashMap<>();
            Map<Integer, Integer> perSentence = new LinkedHashMap<>();
            for (int k = row.start(); k < row.end(); k += Character.charCount(text.codePointAt(k))) {
                if (isSpace(text.codePointAt(k))) {
                    continue;
                }
                int o = owner[k];
                votes.merge(o < 0 ? "" : map.apply(predicted.get(o).label().name()), 1, Integer::sum);
                if (o >= 0) {
                    perSentence.merge(o, 1, Integer::sum);
                }
            }
            String winner = winner(votes);
            LabeledSentence source = null;
            int most = 0;
            for (Map.Entry<Integer, Integer> e : perSentence.entrySet()) {
                LabeledSentence s = predicted.get(e.getKey());
                if (map.apply(s.label().name()).equals(winner) && e.getValue() > most) {
                    source = s;
                    most = e.getValue();
                }
            }
            out.add(new Judgement(doc.id(), row.start(), row.end(), row.label(),
                    winner.isEmpty() ? Judgement.NONE : winner, source == null ? 0 : source.confidence(),
                    Judgement.scores(source), text.substring(row.start(), row.end())));
        }
        return out;
    }

    /** For each UTF-16 index, the predicted sentence covering it, or -1. */
    private static int[] owners(String text, List<LabeledSentence> predicted) {
        int[] owner = new int[text.length()];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < predicted.size(); i++) {
            LabeledSentence s = predicted.get(i);
            for (int k = s.start(); k < Math.min(s.end(), text.length()); k++) {
                owner[k] = i;
            }
        }
        return owner;
    }

    /**
     * Bag-of-words token counts of the gold content and the kept text, and their overlap, as
     * article-extraction benchmarks score a cleaner.
     *
     * @param gold     gold content tokens (rows not labelled BOILERPLATE)
     * @param kept     tokens whose predicted label is not BOILERPLATE
     * @param matched  the size of the multiset intersection
     */
    public record CleanTokens(long gold, long kept, long matched) {
        /** Matched over kept. */
        public double precision() {
            return (double) matched / Math.max(kept, 1);
        }

        /** Matched over gold. */
        public double recall() {
            return (double) matched / Math.max(gold, 1);
        }

        /** Their harmonic mean. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The sum of two counts. */
        public CleanTokens plus(CleanTokens o) {
            return new CleanTokens(gold + o.gold, kept + o.kept, matched + o.matched);
        }
    }

    /** Token counts of one document over all its gold rows (flagged ones too, as score.py does). */
    public static Map<String, long[]> tokens(GoldTable.Document doc, List<LabeledSentence> predicted,
                                             UnaryOperator<String> map) {
        int[] owner = owners(doc.text(), predicted);
        String text = doc.text();
        Map<String, long[]> counts = new HashMap<>();
        for (GoldTable.Row row : doc.rows()) {
            boolean goldKept = !row.label().equals(Label.BOILERPLATE.name());
            int k = row.start();
            while (k < row.end()) {
                int cp = text.codePointAt(k);
                if (!isWord(cp)) {
                    k += Character.charCount(cp);
                    continue;
                }
                int from = k;
                Map<String, Integer> votes = new LinkedHashMap<>();
                while (k < row.end() && isWord(text.codePointAt(k))) {
                    int o = owner[k];
                    votes.merge(o < 0 ? "" : map.apply(predicted.get(o).label().name()), 1, Integer::sum);
                    k += Character.charCount(text.codePointAt(k));
                }
                String winner = winner(votes);
                long[] c = counts.computeIfAbsent(text.substring(from, k).toLowerCase(Locale.ROOT), t -> new long[2]);
                if (goldKept) {
                    c[0]++;
                }
                if (!winner.isEmpty() && !winner.equals(Label.BOILERPLATE.name())) {
                    c[1]++;
                }
            }
        }
        return counts;
    }

    /** The label with the most votes; the first to reach it on a tie (as score.py's Counter does); "" for none. */
    private static String winner(Map<String, Integer> votes) {
        String winner = "";
        int best = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > best) {
                winner = v.getKey();
                best = v.getValue();
            }
        }
        return winner;
    }

    /** Pools per-document token counts into clean-text figures. */
    public static CleanTokens clean(List<Map<String, long[]>> documents) {
        Map<String, long[]> all = new HashMap<>();
        for (Map<String, long[]> d : documents) {
            d.forEach((t, c) -> {
                long[] a = all.computeIfAbsent(t, x -> new long[2]);
                a[0] += c[0];
                a[1] += c[1];
            });
        }
        long gold = 0;
        long kept = 0;
        long matched = 0;
        for (long[] c : all.values()) {
            gold += c[0];
            kept += c[1];
            matched += Math.min(c[0], c[1]);
        }
        return new CleanTokens(gold, kept, matched);
    }

    /** The label set scores are reported over: ours when the gold labels are among them, else the gold labels sorted. */
    public static List<String> labelSet(List<String> goldLabels) {
        List<String> ours = Sections.names();
        if (ours.containsAll(goldLabels)) {
            return ours;
        }
        return goldLabels.stream().distinct().sorted().toList();
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Whether Python's {@code \w} matches the code point: letters, numbers and the underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
