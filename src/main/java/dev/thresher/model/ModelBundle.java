package dev.thresher.model;

import dev.thresher.ThresherException;
import dev.thresher.features.FeatureConfig;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * A trained Thresher model: the Tribuo classifier, the feature configuration it was trained
 * with, and its manifest. Immutable and thread-safe.
 *
 * <p>Classification uses the model's {@link #scorer()}, read straight from the protobuf form.
 * A bundle read from a file builds the Tribuo {@link Model} object only when {@link #model()} is
 * first called (Tribuo's deserialisation is the slow part of loading, and classifying does not
 * need it).
 */
public final class ModelBundle {
    private final Manifest manifest;
    private final FeatureConfig features;
    private final String name;
    private volatile byte[] proto;
    private volatile Model<Label> model;
    private volatile LinearScorer scorer;

    /**
     * A bundle over a model in memory (as the trainer makes it).
     *
     * @param manifest the bundle's description of itself
     * @param features the feature configuration to extract with
     * @param model    the Tribuo classifier
     */
    public ModelBundle(Manifest manifest, FeatureConfig features, Model<Label> model) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.features = Objects.requireNonNull(features, "features");
        this.model = Objects.requireNonNull(model, "model");
        this.name = "model";
    }

    /** A bundle over a serialised model ({@code ModelProto} bytes) whose scorer has been read (and so validated). */
    ModelBundle(Manifest manifest, FeatureConfig features, byte[] proto, LinearScorer scorer, String name) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.features = Objects.requireNonNull(features, "features");
        this.proto = Objects.requireNonNull(proto, "proto");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.name = name;
    }

    /** The bundle's description of itself. */
    public Manifest manifest() {
        return manifest;
    }

    /** The feature configuration to extract with. */
    public FeatureConfig features() {
        return features;
    }

    /**
     * The Tribuo classifier (deserialised on first call for a bundle read from a file).
     *
     * @throws ThresherException of kind MODEL when the serialised model cannot be deserialised
     */
    @SuppressWarnings("unchecked")
    public Model<Label> model() {
        Model<Label> m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    try {
                        Model<?> any = Model.deserialize(ModelProto.parseFrom(proto));
                        if (!any.validate(Label.class)) {
                            throw new ThresherException(ThresherException.Kind.MODEL, name + ": " + BundleIO.MODEL
                                    + " is not a classification model");
                        }
                        m = (Model<Label>) any;
                    } catch (ThresherException e) {
                        throw e;
                    } catch (RuntimeException | java.io.IOException e) {
                        throw new ThresherException(ThresherException.Kind.MODEL, name + ": corrupt model data in "
                                + BundleIO.MODEL + ": " + e.getMessage(), e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }

    /** The fast scorer classification uses; equal, score for score, to {@link #model()}. */
    public LinearScorer scorer() {
        LinearScorer s = scorer;
        if (s == null) {
            synchronized (this) {
                s = scorer;
                if (s == null) {
                    s = LinearScorer.fromBytes(proto(), name);
                    scorer = s;
                }
            }
        }
        return s;
    }

    /** The model in protobuf form ({@code ModelProto} bytes); do not modify. */
    byte[] proto() {
        byte[] p = proto;
        if (p == null) {
            synchronized (this) {
                p = proto;
                if (p == null) {
                    p = model.serialize().toByteArray();
                    proto = p;
                }
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return "ModelBundle[" + manifest + ", " + features + "]";
    }
}
