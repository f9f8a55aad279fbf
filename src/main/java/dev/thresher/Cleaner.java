package dev.thresher;

import dev.thresher.segment.Whitespace;
import java.util.ArrayList;
import java.util.List;

/** Joins the sentences a {@link CleaningPolicy} keeps into clean text. */
final class Cleaner {
    private Cleaner() {
    }

    /**
     * Joins the {@code kept} sentences of {@code text}. Between two kept sentences it puts what
     * separated them in the original: the same spaces when nothing was removed on the same line,
     * one line break when a line break lay between them, two when a blank line did.
     */
    static CleanText join(String text, List<LabeledSentence> kept) {
        StringBuilder out = new StringBuilder(text.length());
        List<CleanText.Kept> spans = new ArrayList<>(kept.size());
        int previousEnd = -1;
        for (LabeledSentence s : kept) {
            if (previousEnd >= 0) {
                out.append(separator(text, previousEnd, s.start()));
            }
            int start = out.length();
            out.append(text, s.start(), s.end());
            spans.add(new CleanText.Kept(s, start, out.length()));
            previousEnd = s.end();
        }
        return new CleanText(out.toString(), spans);
    }

    private static String separator(String text, int from, int to) {
        String firstBreak = null;
        int lastBreakEnd = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                String br = c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n' ? "\r\n" : String.valueOf(c);
                if (firstBreak == null) {
                    firstBreak = br;
                } else if (Whitespace.isBlank(text, lastBreakEnd, i)) {
                    return firstBreak + br;
                }
                i += br.length() - 1;
                lastBreakEnd = i + 1;
            }
        }
        if (firstBreak != null) {
            return firstBreak;
        }
        int start = to;
        while (start > from && Whitespace.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, to);
    }
}
