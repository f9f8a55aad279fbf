package dev.thresher;

import java.util.List;
import java.util.Objects;

/**
 * A document with its labelled sentences.
 *
 * @param document     the document
 * @param sentences    its sentences in order, labelled
 * @param explanations why each sentence got its label, in the same order, when they were asked
 *                     for ({@link BatchOptions#withExplanations()}); else empty
 */
public record ClassifiedDocument(Document document, List<LabeledSentence> sentences,
                                 List<Explanation> explanations) {
    /** Copies the lists; explanations are either absent or one per sentence. */
    public ClassifiedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        explanations = List.copyOf(explanations);
        if (!explanations.isEmpty() && explanations.size() != sentences.size()) {
            throw new IllegalArgumentException(explanations.size() + " explanations for " + sentences.size()
                    + " sentences");
        }
    }

    /** The clean text by the {@linkplain CleaningPolicy#DEFAULT default policy}, without classifying again. */
    public CleanText clean() {
        return clean(CleaningPolicy.DEFAULT);
    }

    /** The clean text by {@code policy}, without classifying again. */
    public CleanText clean(CleaningPolicy policy) {
        return policy.apply(document.text(), sentences);
    }
}
