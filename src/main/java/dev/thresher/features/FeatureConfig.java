package dev.thresher.features;

import java.util.Objects;
import java.util.Set;

/**
 * How sentences are turned into features; saved inside every model bundle so that a model is
 * always fed the features it was trained on.
 *
 * @param version   the feature-set version; a bundle built with another version is refused
 * @param tokenizer {@code "simple"} (OpenNLP {@code SimpleTokenizer}) or {@code "me"}
 *                  (OpenNLP {@code TokenizerME} with the UD-EWT English model)
 * @param maxNgram  the longest word n-gram used (1 or 2)
 * @param context   whether the cues of the previous and next sentences are added
 * @param disabled  feature groups left out (see {@link FeatureGroup}), for ablation studies
 */
public record FeatureConfig(int version, String tokenizer, int maxNgram, boolean context,
                            Set<FeatureGroup> disabled) {
    /** The feature-set version this code extracts. */
    public static final int CURRENT_VERSION = 1;

    /** Validates every field. */
    public FeatureConfig {
        if (version != CURRENT_VERSION) {
            throw new IllegalArgumentException("feature set version " + version
                    + " is not supported (this build extracts version " + CURRENT_VERSION + ")");
        }
        if (!"simple".equals(tokenizer) && !"me".equals(tokenizer)) {
            throw new IllegalArgumentException("tokenizer must be 'simple' or 'me', not '" + tokenizer + "'");
        }
        if (maxNgram < 1 || maxNgram > 2) {
            throw new IllegalArgumentException("maxNgram must be 1 or 2, not " + maxNgram);
        }
        disabled = Set.copyOf(Objects.requireNonNull(disabled, "disabled"));
    }

    /** The configuration the default model is trained with. */
    public static FeatureConfig defaults() {
        return new FeatureConfig(CURRENT_VERSION, "simple", 2, true, Set.of());
    }

    /** Whether features of {@code group} are extracted. */
    public boolean enabled(FeatureGroup group) {
        return !disabled.contains(group);
    }
}
