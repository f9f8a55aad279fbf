package dev.thresher.document;

import dev.thresher.segment.Sentence;
import java.util.List;

/**
 * What a page looks like line by line, for the document stage: each non-blank line's class
 * (tiny, short, unpunctuated, prose), the run of non-prose lines it sits in, and where it lies
 * relative to the article's main block, the run of lines with the most first-stage content mass
 * (characters weighted by how far from boilerplate the first stage found them).
 */
final class PageStructure {
    static final int TINY = 0;
    static final int SHORT = 1;
    static final int UNPUNCTUATED = 2;
    static final int PROSE = 3;

    private final int[] lineOfSentence;
    private final int[] lineClass;
    private final int[] shortRun;
    private final int blockStart;
    private final int blockEnd;
    private final int firstProse;
    private final int lastProse;

    private PageStructure(int[] lineOfSentence, int[] lineClass, int[] shortRun, int blockStart, int blockEnd,
                          int firstProse, int lastProse) {
        this.lineOfSentence = lineOfSentence;
        this.lineClass = lineClass;
        this.shortRun = shortRun;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.firstProse = firstProse;
        this.lastProse = lastProse;
    }

    /** The structure of a non-empty document's sentences, given the first stage's probabilities. */
    static PageStructure of(List<Sentence> sentences, double[][] probability) {
        int n = sentences.size();
        int[] lineOf = new int[n];
        int lines = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && sentences.get(i).line() != sentences.get(i - 1).line()) {
                lines++;
            }
            lineOf[i] = lines;
        }
        lines++;
        int[] words = new int[lines];
        boolean[] punctuated = new boolean[lines];
        double[] mass = new double[lines];
        double[] bpSum = new double[lines];
        int[] count = new int[lines];
        for (int i = 0; i < n; i++) {
            String text = sentences.get(i).text();
            int line = lineOf[i];
            words[line] += words(text);
            punctuated[line] = endsLikeSentence(text);
            double bp = probability[i][DocumentFeatures.BP];
            mass[line] += text.length() * (1.0 - 2.0 * bp);
            bpSum[line] += bp;
            count[line]++;
        }
        int[] cls = new int[lines];
        for (int l = 0; l < lines; l++) {
            cls[l] = words[l] <= 3 ? TINY : words[l] <= 8 ? SHORT : punctuated[l] ? PROSE : UNPUNCTUATED;
        }
        int[] run = new int[lines];
        for (int l = 0; l < lines; ) {
            if (cls[l] == PROSE) {
                l++;
                continue;
            }
            int end = l;
            while (end < lines && cls[end] != PROSE) {
                end++;
            }
            for (int k = l; k < end; k++) {
                run[k] = end - l;
            }
            l = end;
        }
        // The main block: the run of lines with the largest total content mass (Kadane).
        double best = Double.NEGATIVE_INFINITY;
        double current = 0;
        int start = 0;
        int bestStart = 0;
        int bestEnd = 0;
        for (int l = 0; l < lines; l++) {
            if (current <= 0) {
                current = 0;
                start = l;
            }
            current += mass[l];
            if (current > best) {
                best = current;
                bestStart = start;
                bestEnd = l;
            }
        }
        int first = -1;
        int last = -1;
        for (int l = 0; l < lines; l++) {
            if (cls[l] == PROSE && bpSum[l] / count[l] < 0.5) {
                if (first < 0) {
                    first = l;
                }
                last = l;
            }
        }
        return new PageStructure(lineOf, cls, run, bestStart, bestEnd, first, last);
    }

    private static int words(String text) {
        int count = 0;
        boolean in = false;
        for (int k = 0; k < text.length(); k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }

    private static boolean endsLikeSentence(String text) {
        for (int k = text.length() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026';
        }
        return false;
    }

    /** How many non-blank lines hold sentences. */
    int lineCount() {
        return lineClass.length;
    }

    /** The (non-blank) line index of sentence {@code i}. */
    int lineOf(int sentence) {
        return lineOfSentence[sentence];
    }

    /** {@link #TINY}, {@link #SHORT}, {@link #UNPUNCTUATED} or {@link #PROSE}. */
    int lineClass(int line) {
        return lineClass[line];
    }

    /** The length of the run of non-prose lines holding {@code line}; 0 for a prose line. */
    int shortRun(int line) {
        return shortRun[line];
    }

    /** 0 inside the main block, else the signed distance in lines (negative before it). */
    int blockOffset(int line) {
        if (line < blockStart) {
            return line - blockStart;
        }
        return line > blockEnd ? line - blockEnd : 0;
    }

    /** Whether {@code line} comes before the first prose line the first stage read as content. */
    boolean beforeFirstProse(int line) {
        return firstProse < 0 || line < firstProse;
    }

    /** Whether {@code line} comes after the last prose line the first stage read as content. */
    boolean afterLastProse(int line) {
        return lastProse >= 0 && line > lastProse;
    }
}
