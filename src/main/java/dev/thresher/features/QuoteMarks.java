package dev.thresher.features;

/**
 * Finds quotation marks in a sentence and which characters they enclose. Apostrophes inside
 * words ({@code don't}, {@code O'Neil}) are not quotation marks. A closing mark with no opening
 * one means the quotation began in an earlier sentence: everything before it counts as quoted.
 */
final class QuoteMarks {
    final boolean[] inside;
    int marks;
    int opened;
    int unclosedOpens;
    int unopenedCloses;
    int longSpans;
    int shortSpans;
    boolean commaBeforeClose;
    boolean straightDouble;
    boolean curlyDouble;
    boolean single;
    boolean guillemet;

    private QuoteMarks(int length) {
        inside = new boolean[length];
    }

    static QuoteMarks of(String s) {
        int n = s.length();
        QuoteMarks q = new QuoteMarks(n);
        int depth = 0;
        int spanStart = -1;
        int lastUnopenedClose = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int role = role(s, i, c, depth);
            if (role == 0) {
                if (depth > 0) {
                    q.inside[i] = true;
                }
                continue;
            }
            q.marks++;
            switch (c) {
                case '"' -> q.straightDouble = true;
                case '\u201C', '\u201D', '\u201E' -> q.curlyDouble = true;
                case '\u00AB', '\u00BB' -> q.guillemet = true;
                default -> q.single = true;
            }
            if (role > 0) {
                if (depth == 0) {
                    spanStart = i + 1;
                }
                depth++;
                q.opened++;
            } else if (depth == 0) {
                q.unopenedCloses++;
                lastUnopenedClose = i;
            } else {
                depth--;
                if (depth == 0) {
                    q.countSpan(s, spanStart, i);
                }
                if (i > 0 && ",!?".indexOf(s.charAt(i - 1)) >= 0 && i + 1 < n) {
                    q.commaBeforeClose = true;
                }
            }
        }
        if (depth > 0) {
            q.unclosedOpens = depth;
            q.countSpan(s, spanStart, n);
        }
        java.util.Arrays.fill(q.inside, 0, Math.max(lastUnopenedClose, 0), true);
        return q;
    }

    private void countSpan(String s, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int k = Math.max(from, 0); k < to; k++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(k));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        if (words >= 4) {
            longSpans++;
        } else if (words > 0) {
            shortSpans++;
        }
    }

    /** +1 for an opening mark, -1 for a closing mark, 0 for anything else. */
    private static int role(String s, int i, char c, int depth) {
        switch (c) {
            case '\u201C', '\u201E', '\u00AB':
                return 1;
            case '\u201D', '\u00BB':
                return -1;
            case '"':
                return opensHere(s, i) || depth == 0 && !closesHere(s, i) ? 1 : -1;
            case '\u2018', '\u2019', '\'':
                boolean letterBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
                boolean letterAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
                if (letterBefore && letterAfter) {
                    return 0;
                }
                if (!letterBefore && letterAfter && c != '\u2019') {
                    return 1;
                }
                if (!letterAfter && depth > 0 && i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
                    return -1;
                }
                return 0;
            default:
                return 0;
        }
    }

    private static boolean opensHere(String s, int i) {
        return (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{:—-".indexOf(s.charAt(i - 1)) >= 0)
                && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
    }

    private static boolean closesHere(String s, int i) {
        return i > 0 && !Character.isWhitespace(s.charAt(i - 1))
                && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
    }

    /** Whether {@code c} is a character that may be a quotation mark (straight, curly, low-9 or guillemet). */
    static boolean isQuoteChar(char c) {
        return "\"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB".indexOf(c) >= 0;
    }

    /** Share of letters that stand inside quotation marks. */
    double insideShare(String s) {
        int letters = 0;
        int quoted = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
                if (inside[i]) {
                    quoted++;
                }
            }
        }
        return letters == 0 ? 0 : (double) quoted / letters;
    }
}
