package dev.thresher.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset document: its raw text and its gold sentences, validated against each other.
 *
 * @param id        the file name without {@code .txt}
 * @param textFile  where the text came from
 * @param text      the raw document text
 * @param sentences the gold sentences in document order
 */
public record LabeledDocument(String id, Path textFile, String text, List<GoldSentence> sentences) {
    /** Copies the sentence list. */
    public LabeledDocument {
        sentences = List.copyOf(sentences);
    }

    /** The gold sentence spans as {@code {start, end}} pairs. */
    public List<int[]> spans() {
        List<int[]> spans = new ArrayList<>(sentences.size());
        for (GoldSentence s : sentences) {
            spans.add(new int[] {s.start(), s.end()});
        }
        return spans;
    }
}
