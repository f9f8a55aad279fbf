package dev.thresher.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.thresher.segment.WordTokenizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How sentences are turned into features; saved inside every model bundle (as the JSON object
 * {@code features.json}) so that a model is always fed the features it was trained on.
 *
 * @param version   the feature-set version; a bundle built with another version is refused
 * @param tokenizer the word tokenizer
 * @param maxNgram  the longest word n-gram used (1 or 2)
 * @param context   whether the cues of the previous and next sentences are added
 * @param disabled  feature groups left out (see {@link FeatureGroup}), for ablation studies
 */
public record FeatureConfig(int version, Tokenizer tokenizer, int maxNgram, boolean context,
                            Set<FeatureGroup> disabled) {
    /** The feature-set version this code extracts. */
    public static final int CURRENT_VERSION = 1;

    /** The word tokenizers; in JSON each is its lower-case id. */
    public enum Tokenizer {
        /** OpenNLP {@code SimpleTokenizer}: rule-based and fast. */
        SIMPLE("simple"),
        /** OpenNLP {@code TokenizerME} with the UD-EWT English model. */
        ME("me");

        private final String id;

        Tokenizer(String id) {
            this.id = id;
        }

        /** The name of this tokenizer in {@code features.json}: {@code "simple"} or {@code "me"}. */
        @JsonValue
        public String id() {
            return id;
        }

        /** The tokenizer whose {@link #id} is {@code id}. */
        @JsonCreator
        public static Tokenizer of(String id) {
            for (Tokenizer t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("tokenizer must be 'simple' or 'me', not '" + id + "'");
        }

        /** A new word tokenizer of this kind. */
        WordTokenizer create() {
            return WordTokenizer.of(id);
        }
    }

    /** Validates every field; {@code disabled} is copied, in {@link FeatureGroup} order. */
    public FeatureConfig {
        if (version != CURRENT_VERSION) {
            throw new IllegalArgumentException("feature set version " + version
                    + " is not supported (this build extracts version " + CURRENT_VERSION + ")");
        }
        Objects.requireNonNull(tokenizer, "tokenizer");
        if (maxNgram < 1 || maxNgram > 2) {
            throw new IllegalArgumentException("maxNgram must be 1 or 2, not " + maxNgram);
        }
        EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
        for (FeatureGroup g : Objects.requireNonNull(disabled, "disabled")) {
            groups.add(Objects.requireNonNull(g, "disabled group"));
        }
        disabled = Collections.unmodifiableSet(groups);
    }

    /** The configuration the default model is trained with. */
    public static FeatureConfig defaults() {
        return new FeatureConfig(CURRENT_VERSION, Tokenizer.SIMPLE, 2, true, Set.of());
    }

    /** Whether features of {@code group} are extracted. */
    public boolean enabled(FeatureGroup group) {
        return !disabled.contains(group);
    }
}
