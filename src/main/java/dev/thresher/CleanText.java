package dev.thresher;

import java.util.List;
import java.util.Objects;

/**
 * A document's text with the sentences a {@link CleaningPolicy} dropped taken out.
 *
 * @param text      the kept sentences joined with the original breaks between them
 * @param sentences the kept sentences, in order, each with where it now lies in {@code text}
 */
public record CleanText(String text, List<Kept> sentences) {
    /** Copies the list. */
    public CleanText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /**
     * A kept sentence.
     *
     * @param sentence the sentence, with its offsets in the original text
     * @param start    offset of its first character in the clean text
     * @param end      offset just past its last character in the clean text
     */
    public record Kept(LabeledSentence sentence, int start, int end) {
    }
}
