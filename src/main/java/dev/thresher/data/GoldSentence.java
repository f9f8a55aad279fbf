package dev.thresher.data;

import dev.thresher.Label;

/**
 * A labelled sentence of a dataset document.
 *
 * @param label the gold label
 * @param start offset of the sentence in the document text
 * @param end   offset just past it
 * @param row   the 1-based line of the {@code .labels.tsv} file it comes from
 */
public record GoldSentence(Label label, int start, int end, int row) {
}
