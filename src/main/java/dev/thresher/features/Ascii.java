package dev.thresher.features;

/**
 * ASCII character tests for the cheap pre-checks in front of regular expressions (a pattern
 * without {@code UNICODE_CASE} folds ASCII letters only, so these match its case folding).
 */
final class Ascii {
    private Ascii() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** ASCII lower case of {@code c}. */
    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether {@code s} holds {@code lowerNeedle}, ignoring ASCII case. */
    static boolean containsIgnoreCase(String s, String lowerNeedle) {
        int last = s.length() - lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        outer:
        for (int i = 0; i <= last; i++) {
            if (lower(s.charAt(i)) != first) {
                continue;
            }
            for (int k = 1; k < lowerNeedle.length(); k++) {
                if (lower(s.charAt(i + k)) != lowerNeedle.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
