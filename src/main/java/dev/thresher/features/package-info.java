/**
 * Feature extraction: internal to Thresher, not an API. Classes here are public only where
 * other Thresher packages need them ({@link dev.thresher.features.FeatureExtractor},
 * {@link dev.thresher.features.FeatureConfig}, {@link dev.thresher.features.FeatureGroup}); they
 * may change in any release.
 *
 * <p>{@code FeatureExtractor} runs one {@code CueExtractor} per {@code FeatureGroup} over a
 * {@code SentenceView} (the tokens, folded words, word-list masks and quotation marks of a
 * sentence, computed once per sentence) and a {@code DocumentView} (document-wide layout facts,
 * computed once per document); {@code NeighbourContext} adds the bias and the neighbour context
 * and feeds both the feature names used for training and the feature ids used for
 * classification.
 */
package dev.thresher.features;
