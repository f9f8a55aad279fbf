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
        // A line's normalised text is that of its sentences joined (normalising keeps letters
        // and digits one character at a time), so each sentence is normalised once.
        String[] normalised = new String[n];
        Map<Integer, StringBuilder> lines = new HashMap<>();
        int last = 0;
        char[] buffer = new char[64];
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            sizes.merge(s.paragraph(), 1, Integer::sum);
            last = Math.max(last, s.paragraph());
            String text = s.text();
            if (buffer.length < text.length()) {
                buffer = new char[Math.max(text.length(), buffer.length * 2)];
            }
            normalised[i] = normalise(text, buffer);
            lines.computeIfAbsent(s.line(), k -> new StringBuilder()).append(normalised[i]);
        }
        lastParagraph = last;
        int previousLine = -1;
        boolean lineRepeated = false;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            String norm = normalised[i];
            repeatedSentence[i] = norm.length() > 0 && !seenSentences.add(norm);
            if (s.line() != previousLine) {
                StringBuilder line = lines.get(s.line());
                lineRepeated = line.length() > 0 && !seenLines.add(line.toString());
                previousLine = s.line();
            }
            repeatedLine[i] = lineRepeated;
        }
        paragraphSizes = sizes;
    }

    /** The letters and digits of {@code text}, lower-cased; {@code buffer} holds at least its length. */
    private static String normalise(String text, char[] buffer) {
        int length = text.length();
        text.getChars(0, length, buffer, 0);
        int k = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    buffer[k++] = c;
                } else if (c >= 'A' && c <= 'Z') {
                    buffer[k++] = (char) (c + ('a' - 'A'));
                }
            } else if (Character.isLetterOrDigit(c)) {
                buffer[k++] = Character.toLowerCase(c);
            }
        }
        return new String(buffer, 0, k);
    }
}
