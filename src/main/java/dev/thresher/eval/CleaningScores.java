package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well cleaned text matches the gold content, scored as article-extraction benchmarks do:
 * per document, the bag (multiset) of word tokens of the cleaned text against the bag of word
 * tokens of the gold non-boilerplate sentences. A word token is a maximal run of letters,
 * marks and digits. Counts are pooled over all documents.
 *
 * <ul>
 *   <li>matched: tokens in both bags (per token, the smaller of its two counts);</li>
 *   <li>precision = matched / kept tokens; recall = matched / gold content tokens;</li>
 *   <li>boilerplate leakage = (kept tokens not matched by gold content) / gold boilerplate
 *       tokens, the share of boilerplate that survives cleaning;</li>
 *   <li>content loss = (gold content tokens not matched) / gold content tokens, that is
 *       1 - recall.</li>
 * </ul>
 * A ratio with a zero denominator is 0.
 *
 * @param goldContentTokens     word tokens of the gold non-boilerplate sentences
 * @param goldBoilerplateTokens word tokens of the gold boilerplate sentences
 * @param keptTokens            word tokens of the cleaned text
 * @param matchedTokens         kept tokens matched by gold content tokens
 */
public record CleaningScores(long goldContentTokens, long goldBoilerplateTokens, long keptTokens,
                             long matchedTokens) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /** Scores every document cleaned by {@code cleaner}. */
    public static CleaningScores of(List<LabeledDocument> documents, UnaryOperator<String> cleaner) {
        CleaningScores total = new CleaningScores(0, 0, 0, 0);
        for (LabeledDocument doc : documents) {
            total = total.plus(score(doc.text(), doc.sentences(), cleaner.apply(doc.text())));
        }
        return total;
    }

    /** Scores {@code cleaned} as the cleaning of {@code text}, whose gold sentences are {@code gold}. */
    public static CleaningScores score(String text, List<GoldSentence> gold, String cleaned) {
        Map<String, Integer> content = new HashMap<>();
        long contentTokens = 0;
        long boilerplateTokens = 0;
        for (GoldSentence g : gold) {
            Matcher m = WORD.matcher(text).region(g.start(), g.end());
            while (m.find()) {
                if (g.label() == Label.BOILERPLATE) {
                    boilerplateTokens++;
                } else {
                    content.merge(m.group(), 1, Integer::sum);
                    contentTokens++;
                }
            }
        }
        Map<String, Integer> kept = bag(cleaned);
        long keptTokens = 0;
        long matched = 0;
        for (Map.Entry<String, Integer> e : kept.entrySet()) {
            keptTokens += e.getValue();
            matched += Math.min(e.getValue(), content.getOrDefault(e.getKey(), 0));
        }
        return new CleaningScores(contentTokens, boilerplateTokens, keptTokens, matched);
    }

    /** The word tokens of {@code text}, counted. */
    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    /** These counts plus {@code other}'s. */
    public CleaningScores plus(CleaningScores other) {
        return new CleaningScores(goldContentTokens + other.goldContentTokens,
                goldBoilerplateTokens + other.goldBoilerplateTokens, keptTokens + other.keptTokens,
                matchedTokens + other.matchedTokens);
    }

    /** Matched tokens over kept tokens. */
    public double precision() {
        return ratio(matchedTokens, keptTokens);
    }

    /** Matched tokens over gold content tokens. */
    public double recall() {
        return ratio(matchedTokens, goldContentTokens);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Kept tokens beyond the gold content, over gold boilerplate tokens. */
    public double leakage() {
        return ratio(keptTokens - matchedTokens, goldBoilerplateTokens);
    }

    /** Gold content tokens not kept, over gold content tokens. */
    public double contentLoss() {
        return ratio(goldContentTokens - matchedTokens, goldContentTokens);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
