package dev.thresher;

import java.util.Objects;

/**
 * One document's outcome in a batch: either its classification or why it failed. A failed
 * document does not stop the batch.
 *
 * @param source     where the document came from
 * @param classified its classification, or null when it failed
 * @param failure    why it failed (for instance a {@link ThresherException} of kind INPUT from
 *                   reading it), or null
 * @param <S>        the type of the sources
 */
public record BatchResult<S extends DocumentSource>(S source, ClassifiedDocument classified,
                                                     RuntimeException failure) {
    /** Checks that exactly one of {@code classified} and {@code failure} is given. */
    public BatchResult {
        Objects.requireNonNull(source, "source");
        if ((classified == null) == (failure == null)) {
            throw new IllegalArgumentException("a result has either a classification or a failure");
        }
    }

    /** Whether the document was classified. */
    public boolean succeeded() {
        return failure == null;
    }

    /**
     * The classification.
     *
     * @throws RuntimeException the document's failure, when it failed
     */
    public ClassifiedDocument orThrow() {
        if (failure != null) {
            throw failure;
        }
        return classified;
    }
}
