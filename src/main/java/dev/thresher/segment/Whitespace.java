package dev.thresher.segment;

/** The one definition of white space used across Thresher: Unicode spaces, including no-break spaces. */
public final class Whitespace {
    private Whitespace() {
    }

    /** Whether {@code c} is white space: Java white space, or any Unicode space separator (U+00A0 too). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Whether {@code c} ends a line: LF or CR. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Whether {@code s} holds nothing but white space. */
    public static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
