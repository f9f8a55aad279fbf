package dev.thresher.model;

import dev.thresher.features.FeatureConfig;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A trained Thresher model: the Tribuo classifier, the feature configuration it was trained
 * with, and its manifest. Immutable and thread-safe.
 *
 * @param manifest the bundle's description of itself
 * @param features the feature configuration to extract with
 * @param model    the Tribuo classifier
 */
public record ModelBundle(Manifest manifest, FeatureConfig features, Model<Label> model) {
    /** Checks that nothing is missing. */
    public ModelBundle {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(model, "model");
    }
}
