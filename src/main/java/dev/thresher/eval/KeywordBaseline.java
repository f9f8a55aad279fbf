package dev.thresher.eval;

import dev.thresher.Label;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-written rules, applied in the guidelines' order of precedence and not trained or tuned
 * on any data:
 * <ol>
 *   <li>{@code BOILERPLATE}: a known web-chrome phrase (subscribe, newsletter, cookies,
 *       copyright, share/follow prompts, bylines, ...), a line without any letter, or a short
 *       (at most 6 words) Title-Case or upper-case line without final punctuation (short words
 *       such as "of" may stay lower case);</li>
 *   <li>{@code QUOTATION}: quotation marks or a reporting verb (said, told, according to, ...);</li>
 *   <li>{@code OPINION}: a first-person pronoun or a modal verb (should, must, might, ...);</li>
 *   <li>{@code CLAIM} otherwise.</li>
 * </ol>
 */
public final class KeywordBaseline implements Baseline {
    private static final List<String> CHROME = List.of("subscribe", "sign up", "sign in", "log in", "login",
            "register", "newsletter", "cookie", "advertisement", "sponsored", "all rights reserved", "\u00a9",
            "copyright", "follow us", "share this", "share on", "read more", "also read", "related",
            "recommended", "you might like", "click here", "privacy policy", "terms of", "comments",
            "leave a reply", "photo:", "tags:", "posted by", "written by", "updated", "published", "whatsapp",
            "facebook", "twitter", "instagram", "menu", "home >", "back to top", "skip to");
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y\\s+\\p{Lu}");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|according to"
            + "|stated|states|announced|added|wrote|writes|warned|argued|claimed|confirmed|denied|insisted"
            + "|explained|noted|in a statement)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\bI\\b|\\b(?:[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\\b");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:should|must|ought|might|could|would|may)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");

    @Override
    public String name() {
        return "keywords";
    }

    @Override
    public String description() {
        return "hand-written rules: chrome phrases or short Title-Case lines -> BOILERPLATE, quote marks or "
                + "reporting verbs -> QUOTATION, first person or modals -> OPINION, else CLAIM (no training)";
    }

    @Override
    public Map<Label, Double> scores(String sentence) {
        return Baseline.oneHot(classify(sentence));
    }

    /** The label the rules give {@code sentence}. */
    public Label classify(String sentence) {
        String s = sentence.strip();
        if (boilerplate(s)) {
            return Label.BOILERPLATE;
        }
        if (QUOTE_MARKS.matcher(s).find() || REPORTING.matcher(s).find()) {
            return Label.QUOTATION;
        }
        if (FIRST_PERSON.matcher(s).find() || MODAL.matcher(s).find()) {
            return Label.OPINION;
        }
        return Label.CLAIM;
    }

    private static boolean boilerplate(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String phrase : CHROME) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        if (BYLINE.matcher(s).find()) {
            return true;
        }
        Matcher m = WORD.matcher(s);
        int words = 0;
        int capitalised = 0;
        int shortLower = 0;
        while (m.find()) {
            words++;
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (w.length() <= 3) {
                shortLower++;
            }
        }
        if (words == 0) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        boolean finalPunctuation = ".!?:\"\u201d)\u2026".indexOf(last) >= 0;
        return words <= 6 && !finalPunctuation && capitalised > 0 && capitalised + shortLower == words;
    }
}
