package dev.thresher.features;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the cue extractors found in one sentence, as a {@link FeatureSink}: the cues its
 * neighbours also get, and its local features. Lists may repeat a name.
 */
final class SentenceCues implements FeatureSink {
    /** Cues passed on to the neighbours as context. */
    final List<String> shared = new ArrayList<>(40);
    /** Features of the sentence alone. */
    final List<String> local = new ArrayList<>(48);

    @Override
    public void add(String feature) {
        shared.add(feature);
    }

    @Override
    public void addLocal(String feature) {
        local.add(feature);
    }
}
