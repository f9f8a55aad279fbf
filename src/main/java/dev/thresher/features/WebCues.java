package dev.thresher.features;

import java.util.regex.Pattern;

/**
 * {@link FeatureGroup#WEB}: URLs or bare domains, e-mail addresses, handles, hashtags, bylines,
 * "3 hours ago" time stamps, and web-page chrome vocabulary (share, subscribe, cookies, ...).
 * The cheap character tests in front of the regular expressions are necessary conditions of
 * them (a failed test means no match), so the features are exactly those of the expressions.
 */
final class WebCues implements CueExtractor {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\b[a-z0-9-]{1,63}\\.(?:com|org|net|co|io|info|news|uk|us|gov|edu|ly|tv)\\b");
    private static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.]{2,30}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w{2,30}");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#\\p{L}\\w{1,40}");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[-\u2014\u2013]\\s*)?(?i:by|written by|words by|story by|reporting by|posted by|from)\\s+\\p{Lu}");
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b\\d{1,4}\\s{0,3}(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s{1,3}ago\\b");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.WEB;
    }

    @Override
    public void extract(SentenceView sentence, DocumentView document, int index, FeatureSink out) {
        String s = sentence.text;
        if (mayHoldUrl(s) && URL.matcher(s).find()) {
            out.add("web:url");
        } else if (mayHoldDomain(s) && DOMAIN.matcher(s).find()) {
            out.add("web:domain");
        }
        boolean at = s.indexOf('@') >= 0;
        if (at && EMAIL.matcher(s).find()) {
            out.add("web:email");
        }
        if (at && HANDLE.matcher(s).find()) {
            out.add("web:handle");
        }
        if (s.indexOf('#') >= 0 && HASHTAG.matcher(s).find()) {
            out.add("web:hashtag");
        }
        String trimmed = sentence.trimmed;
        if (mayBeByline(trimmed) && BYLINE.matcher(trimmed).find()) {
            out.add("web:byline");
        }
        if (Ascii.containsIgnoreCase(s, "ago") && AGO.matcher(s).find()) {
            out.add("web:ago");
        }
        int chrome = 0;
        for (int t = 0; t < sentence.tokens; t++) {
            if (sentence.on(t, Lexicons.CHROME_WORD)) {
                chrome++;
            }
        }
        if (chrome > 0) {
            out.add("web:chrome=" + Math.min(chrome, 3));
            if (chrome * 2 >= Math.max(sentence.letterWords, 1)) {
                out.add("web:chrome_dense");
            }
        }
    }

    /** A necessary condition of URL: "http" or "www." in any ASCII case. */
    private static boolean mayHoldUrl(String s) {
        return Ascii.containsIgnoreCase(s, "http") || Ascii.containsIgnoreCase(s, "www.");
    }

    /** A necessary condition of DOMAIN: a letter, digit or '-', then '.', then a letter. */
    private static boolean mayHoldDomain(String s) {
        int n = s.length();
        for (int k = 1; k + 1 < n; k++) {
            if (s.charAt(k) != '.') {
                continue;
            }
            char before = s.charAt(k - 1);
            if ((Ascii.isLetter(before) || Ascii.isDigit(before) || before == '-') && Ascii.isLetter(s.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A necessary condition of BYLINE: its first letter (after an optional dash and spaces) starts one of its words. */
    private static boolean mayBeByline(String t) {
        if (t.isEmpty()) {
            return false;
        }
        if (bylineInitial(t.charAt(0))) {
            return true;
        }
        char c = t.charAt(0);
        if (c != '-' && c != '\u2014' && c != '\u2013') {
            return false;
        }
        int i = 1;
        while (i < t.length() && " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && bylineInitial(t.charAt(i));
    }

    private static boolean bylineInitial(char c) {
        return "bwsrpf".indexOf(Ascii.lower(c)) >= 0;
    }
}
