package dev.thresher.model;

import dev.thresher.Explanation;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.ThresherException;
import dev.thresher.document.DocumentFeatures;
import dev.thresher.document.DocumentStage;
import dev.thresher.html.HtmlPage;
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
 * A loaded model at work: the segmenter, the sentence stage and, when the bundle has one, the
 * document stage, with the explainer over both. {@link dev.thresher.Thresher} is the public face
 * of this class; Thresher's own packages (evaluation, training, the CLI) use it directly because
 * they need the bundle and gold-segmented labelling. Immutable and thread-safe.
 */
public final class Pipeline {
    /** Class-path location of the default model shipped in the jar. */
    public static final String DEFAULT_MODEL_RESOURCE = "/dev/thresher/models/default.thresher";

    private final ModelBundle bundle;
    private final Segmenter segmenter;
    private final SentenceStage sentenceStage;
    /** The document stage, or null for a bundle without one. */
    private final DocumentStage documentStage;
    private final Explainer explainer;

    /** A pipeline over an already loaded bundle. */
    public Pipeline(ModelBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.segmenter = Segmenter.english();
        this.sentenceStage = new SentenceStage(bundle);
        this.documentStage = bundle.documentScorer().map(DocumentStage::new).orElse(null);
        this.explainer = new Explainer(bundle);
    }

    /**
     * Loads the bundle at {@code modelFile}.
     *
     * @throws ThresherException of kind MODEL when the file is missing, corrupt or incompatible
     */
    public static Pipeline load(Path modelFile) {
        preloadSegmenter();
        return new Pipeline(BundleIO.read(modelFile));
    }

    /**
     * Loads a bundle from {@code in}; {@code name} identifies it in error messages.
     *
     * @throws ThresherException of kind MODEL when the stream holds no readable, compatible bundle
     */
    public static Pipeline load(InputStream in, String name) {
        preloadSegmenter();
        return new Pipeline(BundleIO.read(in, name));
    }

    /**
     * Loads the default model shipped inside the Thresher jar.
     *
     * @throws ThresherException of kind MODEL when the jar holds no readable default model
     */
    public static Pipeline loadDefault() {
        preloadSegmenter();
        try (InputStream in = Pipeline.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            if (in == null) {
                throw new ThresherException(ThresherException.Kind.MODEL,
                        "the default model " + DEFAULT_MODEL_RESOURCE + " is not on the class path");
            }
            return new Pipeline(BundleIO.read(in, "default model"));
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.MODEL, "cannot read the default model: "
                    + e.getMessage(), e);
        }
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

    /** The loaded bundle. */
    public ModelBundle bundle() {
        return bundle;
    }

    /** The segmenter. */
    public Segmenter segmenter() {
        return segmenter;
    }

    /** Splits {@code text} into sentences and labels each one. */
    public List<LabeledSentence> classify(String text) {
        return label(segmenter.segment(Objects.requireNonNull(text, "text")));
    }

    /**
     * Splits the text of a web page into sentences and labels each one, reading the markup of
     * each sentence's line next to its text.
     */
    public List<LabeledSentence> classify(HtmlPage page) {
        return label(sentences(page));
    }

    /** Splits the text of a web page into sentences and labels and explains each one. */
    public List<Explanation> explain(HtmlPage page) {
        return explain(sentences(page));
    }

    /** The sentences of a web page's text, each with the markup cues of its line. */
    public List<Sentence> sentences(HtmlPage page) {
        return page.withMarkup(segmenter.segment(page.text()));
    }

    /**
     * Labels sentences that have already been found in a document (for instance gold
     * sentences laid out with {@link dev.thresher.segment.Layout}).
     */
    public List<LabeledSentence> label(List<Sentence> sentences) {
        double[][] firstStage = sentenceStage.probabilities(sentences);
        return labelled(sentences, documentStage == null || sentences.isEmpty() ? firstStage
                : documentStage.rescore(sentences, firstStage));
    }

    /** Splits {@code text} into sentences, labels each one and says why. */
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
}
