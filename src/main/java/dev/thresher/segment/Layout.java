package dev.thresher.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines and paragraphs of a document, and the {@link Sentence} records for spans within it.
 * Lines end at LF, CR or CRLF; a paragraph is a run of non-blank lines.
 */
public final class Layout {
    private final String text;
    private final int[] lineStarts;
    private final int[] lineEnds;
    private final int[] paragraphOfLine;

    private Layout(String text, int[] lineStarts, int[] lineEnds, int[] paragraphOfLine) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineEnds = lineEnds;
        this.paragraphOfLine = paragraphOfLine;
    }

    /** Scans {@code text} once for its lines and paragraphs. */
    public static Layout of(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new int[] {start, n});
        int count = lines.size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] paragraphs = new int[count];
        int paragraph = -1;
        boolean previousBlank = true;
        for (int i = 0; i < count; i++) {
            starts[i] = lines.get(i)[0];
            ends[i] = lines.get(i)[1];
            boolean blank = Whitespace.isBlank(text, starts[i], ends[i]);
            if (!blank && previousBlank) {
                paragraph++;
            }
            paragraphs[i] = Math.max(paragraph, 0);
            previousBlank = blank;
        }
        return new Layout(text, starts, ends, paragraphs);
    }

    /** The number of lines, counting blank ones. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset where line {@code i} starts. */
    public int lineStart(int i) {
        return lineStarts[i];
    }

    /** Offset where line {@code i} ends, before its line break. */
    public int lineEnd(int i) {
        return lineEnds[i];
    }

    /** The line holding offset {@code offset}. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Builds sentence records for spans given as {@code {start, end}} pairs in document order.
     * Used for both segmenter output and gold sentences, so that features see the same layout.
     *
     * @throws IllegalArgumentException if a span is out of order or crosses a line break
     */
    public List<Sentence> sentences(List<int[]> spans) {
        List<Sentence> out = new ArrayList<>(spans.size());
        int i = 0;
        int previousEnd = 0;
        while (i < spans.size()) {
            int line = lineOf(spans.get(i)[0]);
            int j = i;
            while (j < spans.size() && lineOf(spans.get(j)[0]) == line) {
                j++;
            }
            int inLine = j - i;
            for (int k = i; k < j; k++) {
                int[] span = spans.get(k);
                if (span[0] < previousEnd || span[1] < span[0] || span[1] > lineEnds[line]) {
                    throw new IllegalArgumentException("span [" + span[0] + ", " + span[1]
                            + ") is out of order or crosses a line break");
                }
                previousEnd = span[1];
                out.add(new Sentence(text.substring(span[0], span[1]), span[0], span[1], line,
                        paragraphOfLine[line], k - i, inLine));
            }
            i = j;
        }
        return out;
    }
}
