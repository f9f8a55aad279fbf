package dev.thresher.model;

import dev.thresher.Manifest;
import dev.thresher.ThresherException;
import dev.thresher.document.DocumentStageConfig;
import dev.thresher.features.FeatureConfig;
import java.util.Objects;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A trained Thresher model: the Tribuo sentence classifier, the feature configuration it was
 * trained with, optionally the document stage (a second classifier over the first one's
 * probabilities and the page structure), and the manifest. Immutable and thread-safe.
 *
 * <p>Classification uses the models' {@link #scorer() scorers}, read straight from the protobuf
 * form. A bundle read from a file builds the Tribuo {@link Model} objects only when they are
 * first asked for (Tribuo's deserialisation is the slow part of loading, and classifying does
 * not need it).
 */
public final class ModelBundle {
    private final Manifest manifest;
    private final FeatureConfig features;
    private final LinearModel sentence;
    private final DocumentStageConfig documentConfig;
    private final LinearModel document;

    /**
     * A bundle over a sentence model in memory, without a document stage.
     *
     * @param manifest the bundle's description of itself
     * @param features the feature configuration to extract with
     * @param model    the Tribuo sentence classifier
     */
    public ModelBundle(Manifest manifest, FeatureConfig features, Model<Label> model) {
        this(manifest, features, new LinearModel(model, BundleIO.MODEL), null, null);
    }

    /**
     * A bundle over models in memory, with a document stage.
     *
     * @param manifest       the bundle's description of itself
     * @param features       the feature configuration to extract with
     * @param model          the Tribuo sentence classifier
     * @param documentConfig how the document stage was built
     * @param documentModel  the Tribuo document-stage classifier
     */
    public ModelBundle(Manifest manifest, FeatureConfig features, Model<Label> model,
                       DocumentStageConfig documentConfig, Model<Label> documentModel) {
        this(manifest, features, new LinearModel(model, BundleIO.MODEL), Objects.requireNonNull(documentConfig),
                new LinearModel(documentModel, BundleIO.DOCUMENT_MODEL));
    }

    ModelBundle(Manifest manifest, FeatureConfig features, LinearModel sentence, DocumentStageConfig documentConfig,
                LinearModel document) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.features = Objects.requireNonNull(features, "features");
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        this.documentConfig = documentConfig;
        this.document = document;
    }

    /** The same bundle without its document stage (the first stage alone). */
    public ModelBundle sentenceStageOnly() {
        return document == null ? this : new ModelBundle(manifest, features, sentence, null, null);
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
     * The Tribuo sentence classifier (deserialised on first call for a bundle read from a file).
     *
     * @throws ThresherException of kind MODEL when the serialised model cannot be deserialised
     */
    public Model<Label> model() {
        return sentence.model();
    }

    /** The fast scorer of the sentence classifier; equal, score for score, to {@link #model()}. */
    public LinearScorer scorer() {
        return sentence.scorer();
    }

    /** The document stage's configuration, if the bundle has that stage. */
    public Optional<DocumentStageConfig> documentConfig() {
        return Optional.ofNullable(documentConfig);
    }

    /**
     * The Tribuo document-stage classifier, if the bundle has one.
     *
     * @throws ThresherException of kind MODEL when the serialised model cannot be deserialised
     */
    public Optional<Model<Label>> documentModel() {
        return document == null ? Optional.empty() : Optional.of(document.model());
    }

    /** The fast scorer of the document stage, if the bundle has one. */
    public Optional<LinearScorer> documentScorer() {
        return document == null ? Optional.empty() : Optional.of(document.scorer());
    }

    /** The sentence model in protobuf form ({@code ModelProto} bytes); do not modify. */
    byte[] proto() {
        return sentence.proto();
    }

    /** The document-stage model in protobuf form, or null. */
    byte[] documentProto() {
        return document == null ? null : document.proto();
    }

    @Override
    public String toString() {
        return "ModelBundle[" + manifest + ", " + features + (documentConfig == null ? "" : ", " + documentConfig)
                + "]";
    }
}
