package dev.thresher;

import dev.thresher.document.DocumentFeatures;
import dev.thresher.document.DocumentStage;
import dev.thresher.model.BundleIO;
import dev.thresher.model.SentenceStage;
import dev.thresher.model.Manifest;
import dev.thresher.model.ModelBundle;
import dev.thresher.segment.Segmenter;
import dev.thresher.segment.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Labels the sentences of news text as {@link Label#CLAIM}, {@link Label#QUOTATION},
 * {@link Label#OPINION} or {@link Label#BOILERPLATE}, and strips boilerplate.
 *
 * <pre>{@code
 * Thresher thresher = Thresher.loadDefault();
 * for (LabeledSentence s : thresher.classify(articleText)) {
 *     System.out.println(s.label() + "\t" + s.text());
 * }
 * String article = thresher.clean(articleText);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: load one and share it between threads.
 * English is the supported language; other text still gets labels, of lower quality.
 */
public final class Thresher {
    /** Class-path location of the default model shipped in the jar. */
    public static final String DEFAULT_MODEL_RESOURCE = "/dev/thresher/models/default.thresher";

    private final ModelBundle bundle;
    private final Segmenter segmenter;
    private final SentenceStage sentenceStage;
    /** The document stage, or null for a bundle without one. */
    private final DocumentStage documentStage;
    private final Explainer explainer;

    private Thresher(ModelBundle bundle) {
        this.bundle = bundle;
        this.segmenter = Segmenter.english();
        this.sentenceStage = new SentenceStage(bundle);
        this.documentStage = bundle.documentScorer().map(DocumentStage::new).orElse(null);
        this.explainer = new Explainer(bundle);
    }

    /** A Thresher over an already loaded model bundle. */
    public static Thresher of(ModelBundle bundle) {
        return new Thresher(Objects.requireNonNull(bundle, "bundle"));
    }

    /**
     * Loads the model bundle at {@code modelFile}.
     *
     * @throws ThresherException of kind MODEL when the file is missing, corrupt or incompatible
     */
    public static Thresher load(Path modelFile) {
        preloadSegmenter();
        return new Thresher(BundleIO.read(modelFile));
    }

    /** Starts loading OpenNLP's sentence model on a second thread while the bundle is read. */
    private static void preloadSegmenter() {
        Thread t = new Thread(() -> {
            try {
                Segmenter.preload();
            } catch (RuntimeException | Error e) {
                // Reported again, to the caller, when the segmenter is first used.
            }
        }, "thresher-segmenter-loader");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Loads the default model shipped inside the Thresher jar.
     *
     * @throws ThresherException of kind MODEL when the jar holds no readable default model
     */
    public static Thresher loadDefault() {
        preloadSegmenter();
        try (InputStream in = Thresher.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            if (in == null) {
                throw new ThresherException(ThresherException.Kind.MODEL,
                        "the default model " + DEFAULT_MODEL_RESOURCE + " is not on the class path");
            }
            return new Thresher(BundleIO.read(in, "default model"));
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.MODEL, "cannot read the default model: "
                    + e.getMessage(), e);
        }
    }

    /** The manifest of the loaded model: versions, seed, training-data hash, hyperparameters. */
    public Manifest manifest() {
        return bundle.manifest();
    }

    /** The loaded model bundle. */
    public ModelBundle bundle() {
        return bundle;
    }

    /** The segmenter this instance uses. */
    public Segmenter segmenter() {
        return segmenter;
    }

    /**
     * Splits {@code text} into sentences and labels each one.
     *
     * @return the sentences in document order; empty for text without any non-white-space
     */
    public List<LabeledSentence> classify(String text) {
        return label(segmenter.segment(Objects.requireNonNull(text, "text")));
    }

    /**
     * Labels sentences that have already been found in a document (for instance gold
     * sentences laid out with {@link dev.thresher.segment.Layout}).
     */
    public List<LabeledSentence> label(List<Sentence> sentences) {
        return label(sentences, sentenceStage.probabilities(sentences));
    }

    /**
     * Splits {@code text} into sentences, labels each one and says why: for the predicted label
     * and the runner-up, every feature's exact contribution to the label's score, in each stage
     * of the model. Labels and scores are those of {@link #classify}; explaining costs more than
     * classifying, and classifying never pays for it.
     */
    public List<Explanation> explain(String text) {
        return explain(segmenter.segment(Objects.requireNonNull(text, "text")));
    }

    /** Labels and explains sentences that have already been found in a document. */
    public List<Explanation> explain(List<Sentence> sentences) {
        int[][] ids = sentenceStage.encode(sentences);
        double[][] firstStage = sentenceStage.probabilities(ids);
        double[][] documentFeatures = documentStage == null ? null
                : DocumentFeatures.extract(sentences, firstStage);
        List<LabeledSentence> labelled = labelled(sentences,
                documentStage == null ? firstStage : documentStage.scores(documentFeatures));
        return explainer.explain(ids, documentFeatures, labelled);
    }

    private List<LabeledSentence> label(List<Sentence> sentences, double[][] firstStage) {
        return labelled(sentences, documentStage == null || sentences.isEmpty() ? firstStage
                : documentStage.rescore(sentences, firstStage));
    }

    /** The labelled sentences for final probabilities in {@link Label} order. */
    private static List<LabeledSentence> labelled(List<Sentence> sentences, double[][] probabilities) {
        Label[] labels = Label.values();
        List<LabeledSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            double[] p = probabilities[i];
            Map<Label, Double> scores = new EnumMap<>(Label.class);
            Label best = Label.CLAIM;
            for (Label label : labels) {
                scores.put(label, p[label.ordinal()]);
                if (p[label.ordinal()] > p[best.ordinal()]) {
                    best = label;
                }
            }
            out.add(new LabeledSentence(s.text(), s.start(), s.end(), best, p[best.ordinal()], scores));
        }
        return out;
    }

    /**
     * The text without its boilerplate sentences: the other sentences in order, with the
     * original spacing between sentences of a line and line and paragraph breaks kept. The
     * result holds only characters of {@code text}, in their order.
     */
    public String clean(String text) {
        return Cleaner.clean(text, classify(text));
    }
}
