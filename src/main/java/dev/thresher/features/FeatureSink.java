package dev.thresher.features;

/**
 * Receives the features a {@link CueExtractor} finds in one sentence. A feature is either a cue
 * that the neighbouring sentences also get as context ({@code p1.}/{@code n1.}), or a local
 * feature of the sentence alone.
 */
interface FeatureSink {
    /** Adds a cue of the sentence; with context on, its neighbours get it prefixed {@code p1.}/{@code n1.}. */
    void add(String feature);

    /** Adds a feature of the sentence alone, never passed to its neighbours (word n-grams, absolute position). */
    void addLocal(String feature);
}
