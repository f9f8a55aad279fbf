package dev.thresher.features;

import dev.thresher.segment.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of one document and document-wide facts about them (paragraph sizes, repeated
 * lines and sentences), computed once per document on first use. Not thread-safe: one view
 * serves one extraction call.
 */
final class DocumentView {
    private final List<Sentence> sentences;
    private Map<Integer, Integer> paragraphSizes;
    private int lastParagraph;
    private boolean[] repeatedLine;
    private boolean[] repeatedSentence;

    DocumentView(List<Sentence> sentences) {
        this.sentences = sentences;
    }

    /** How many sentences the document has. */
    int size() {
        return sentences.size();
    }

    /** Sentence {@code i}. */
    Sentence sentence(int i) {
        return sentences.get(i);
    }

    /** How many sentences paragraph {@code paragraph} holds. */
    int paragraphSize(int paragraph) {
        facts();
        return paragraphSizes.get(paragraph);
    }

    /** The index of the last paragraph. */
    int lastParagraph() {
        facts();
        return lastParagraph;
    }

    /** Whether the line of sentence {@code i} repeats an earlier line (letters and digits, any case). */
    boolean repeatedLine(int i) {
        facts();
        return repeatedLine[i];
    }

    /** Whether sentence {@code i} repeats an earlier sentence (letters and digits, any case). */
    boolean repeatedSentence(int i) {
        facts();
        return repeatedSentence[i];
    }

    private void facts() {
        if (paragraphSizes != null) {
            return;
        }
        int n = sentences.size();
        Map<Integer, Integer> sizes = new HashMap<>();
        repeatedLine = new boolean[n];
        repeatedSentence = new boolean[n];
        Set<String> seenSentences = new HashSet<>();
        Set<String> seenLines = new HashSet<>();
        Map<Integer, StringBuilder> lines = new HashMap<>();
        int last = 0;
        for (Sentence s : sentences) {
            sizes.merge(s.paragraph(), 1, Integer::sum);
            last = Math.max(last, s.paragraph());
            lines.computeIfAbsent(s.line(), k -> new StringBuilder()).append(s.text()).append(' ');
        }
        lastParagraph = last;
        int previousLine = -1;
        boolean lineRepeated = false;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            String norm = normalise(s.text());
            repeatedSentence[i] = norm.length() > 0 && !seenSentences.add(norm);
            if (s.line() != previousLine) {
                String line = normalise(lines.get(s.line()).toString());
                lineRepeated = line.length() > 0 && !seenLines.add(line);
                previousLine = s.line();
            }
            repeatedLine[i] = lineRepeated;
        }
        paragraphSizes = sizes;
    }

    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
