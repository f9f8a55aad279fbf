package dev.thresher.features;

import java.util.regex.Pattern;

/**
 * {@link FeatureGroup#NUMBERS}: how many digits, years, clock times, percentages, currency
 * signs, month and weekday names, money words. The cheap character tests in front of the
 * regular expressions are necessary conditions of them (a failed test means no match), so the
 * features are exactly those of the expressions alone.
 */
final class NumberCues implements CueExtractor {
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b|\\b[ap]\\.?m\\.?(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public FeatureGroup group() {
        return FeatureGroup.NUMBERS;
    }

    @Override
    public void extract(SentenceView sentence, DocumentView document, int index, FeatureSink out) {
        String s = sentence.text;
        int digits = 0;
        int asciiDigits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                if (Ascii.isDigit(c)) {
                    asciiDigits++;
                }
            }
        }
        if (digits > 0) {
            out.add("nm:digits=" + (digits <= 2 ? "1" : digits <= 6 ? "few" : "many"));
        }
        // YEAR needs four ASCII digits; TIME needs "d:dd" / "d.dd" or a.m./pm at a word start.
        if (asciiDigits >= 4 && YEAR.matcher(s).find()) {
            out.add("nm:year");
        }
        if ((asciiDigits >= 3 && hasDigitTime(s) || hasMeridiem(s)) && TIME.matcher(s).find()) {
            out.add("nm:time");
        }
        if (s.indexOf('%') >= 0) {
            out.add("nm:percent");
        }
        if (s.indexOf('$') >= 0 || s.indexOf('\u20AC') >= 0 || s.indexOf('\u00A3') >= 0 || s.indexOf('\u00A5') >= 0) {
            out.add("nm:currency");
        }
        for (int t = 0; t < sentence.tokens; t++) {
            if (sentence.on(t, Lexicons.MONTH)) {
                out.add("nm:month");
            } else if (sentence.on(t, Lexicons.WEEKDAY)) {
                out.add("nm:day");
            } else if (sentence.on(t, Lexicons.MONEY)) {
                out.add("nm:money");
            } else if (sentence.lower[t].equals("percent") || sentence.lower[t].equals("cent")) {
                out.add("nm:percent");
            }
        }
    }

    /** A necessary condition of TIME's first branch: a digit, ':' or '.', two digits. */
    private static boolean hasDigitTime(String s) {
        for (int k = 1; k + 2 < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == ':' || c == '.') && Ascii.isDigit(s.charAt(k - 1)) && Ascii.isDigit(s.charAt(k + 1))
                    && Ascii.isDigit(s.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** A necessary condition of TIME's second branch: a or p not after a word character, then m or .m. */
    private static boolean hasMeridiem(String s) {
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = Ascii.lower(s.charAt(i));
            if (c != 'a' && c != 'p') {
                continue;
            }
            if (i > 0) {
                char prev = s.charAt(i - 1);
                if (prev == '_' || Character.isLetterOrDigit(prev)) {
                    continue;
                }
            }
            int j = i + 1;
            if (s.charAt(j) == '.') {
                j++;
            }
            if (j < n && Ascii.lower(s.charAt(j)) == 'm') {
                return true;
            }
        }
        return false;
    }
}
