package dev.thresher.train;

import dev.thresher.Label;
import dev.thresher.Manifest;
import dev.thresher.TrainerSettings;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import dev.thresher.document.DocumentFeatures;
import dev.thresher.document.DocumentStageConfig;
import dev.thresher.features.FeatureConfig;
import dev.thresher.features.FeatureExtractor;
import dev.thresher.model.ModelBundle;
import dev.thresher.model.SentenceStage;
import dev.thresher.model.Versions;
import dev.thresher.segment.Layout;
import dev.thresher.segment.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a model bundle from labelled documents. The sentence stage: gold sentences are laid out
 * and featurised exactly as at classification time, then a Tribuo {@code LinearSGDTrainer}
 * (logistic loss, AdaGrad) is trained with a fixed seed. The document stage (when the settings
 * ask for it): the sentence stage is trained again on all folds of documents but one, for each
 * fold, so that every training document gets first-stage probabilities from a model that never
 * saw it; a second linear model learns the final labels from those out-of-sample probabilities
 * and the page structure ({@link DocumentFeatures}). The same documents and settings give the
 * same model.
 */
public final class ModelTrainer {
    private static final LabelFactory LABELS = new LabelFactory();

    private final FeatureConfig featureConfig;
    private final TrainerSettings settings;
    private final Consumer<String> progress;

    /** A trainer with the given feature configuration and hyperparameters. */
    public ModelTrainer(FeatureConfig featureConfig, TrainerSettings settings) {
        this(featureConfig, settings, message -> { });
    }

    /**
     * A trainer that also reports its steps.
     *
     * @param progress receives a short message as each step starts (from the training thread)
     */
    public ModelTrainer(FeatureConfig featureConfig, TrainerSettings settings, Consumer<String> progress) {
        this.featureConfig = featureConfig;
        this.settings = settings;
        this.progress = progress;
    }

    /** Trains on {@code documents} (in id order, whatever order they are given in). */
    public ModelBundle train(List<LabeledDocument> documents) {
        List<LabeledDocument> ordered = new ArrayList<>(documents);
        ordered.sort(Comparator.comparing(LabeledDocument::id));
        int sentenceCount = ordered.stream().mapToInt(d -> d.sentences().size()).sum();
        Manifest manifest = new Manifest(Manifest.FORMAT, Versions.thresher(), Versions.tribuo(),
                Versions.opennlp(), Arrays.stream(Label.values()).map(Enum::name).toList(), settings.seed(),
                hash(ordered), ordered.size(), sentenceCount, settings.asMap());
        int folds = Math.min(settings.documentFolds(), ordered.size());
        if (folds < 2) {
            progress.accept("training the sentence stage on " + ordered.size() + " documents (" + sentenceCount
                    + " sentences)");
            return new ModelBundle(manifest, featureConfig, trainSentenceStage(ordered));
        }
        progress.accept("training the sentence stage on " + ordered.size() + " documents (" + sentenceCount
                + " sentences) and on " + folds + " cross-fitting folds");
        List<List<LabeledDocument>> heldOut = new ArrayList<>();
        List<List<LabeledDocument>> rest = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            heldOut.add(new ArrayList<>());
            rest.add(new ArrayList<>());
            for (int i = 0; i < ordered.size(); i++) {
                (i % folds == f ? heldOut : rest).get(f).add(ordered.get(i));
            }
        }
        // The fold models and the final sentence model are independent: train them side by side.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Model<org.tribuo.classification.Label>>> foldModels = new ArrayList<>();
            for (List<LabeledDocument> training : rest) {
                foldModels.add(pool.submit(() -> trainSentenceStage(training)));
            }
            Future<Model<org.tribuo.classification.Label>> sentenceModel =
                    pool.submit(() -> trainSentenceStage(ordered));
            MutableDataset<org.tribuo.classification.Label> data = dataset();
            Set<String> isolatedSeen = new HashSet<>();
            for (int f = 0; f < folds; f++) {
                progress.accept("fold " + (f + 1) + " of " + folds + ": scoring its held-out documents");
                SentenceStage stage = new SentenceStage(new ModelBundle(manifest, featureConfig,
                        foldModels.get(f).get()));
                for (LabeledDocument doc : heldOut.get(f)) {
                    addDocumentExamples(stage, doc, data, isolatedSeen);
                }
            }
            progress.accept("training the document stage on " + data.size() + " examples");
            Model<org.tribuo.classification.Label> documentModel = trainer().train(data);
            progress.accept("waiting for the full sentence stage");
            return new ModelBundle(manifest, featureConfig, sentenceModel.get(),
                    new DocumentStageConfig(DocumentStageConfig.CURRENT_VERSION, folds), documentModel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The document-stage examples of one held-out document: in context and, if asked, alone. */
    private void addDocumentExamples(SentenceStage stage, LabeledDocument doc,
                                     MutableDataset<org.tribuo.classification.Label> data, Set<String> isolatedSeen) {
        List<Sentence> sentences = doc.layout();
        double[][] features = DocumentFeatures.extract(sentences, stage.probabilities(sentences));
        for (int i = 0; i < sentences.size(); i++) {
            org.tribuo.classification.Label label = label(doc.sentences().get(i));
            data.add(realExample(features[i], label));
            if (settings.isolated() && isolatedSeen.add(sentences.get(i).text())) {
                List<Sentence> alone = alone(sentences.get(i));
                data.add(realExample(DocumentFeatures.extract(alone, stage.probabilities(alone))[0], label));
            }
        }
    }

    private Model<org.tribuo.classification.Label> trainSentenceStage(List<LabeledDocument> ordered) {
        FeatureExtractor extractor = new FeatureExtractor(featureConfig);
        List<String[]> examples = new ArrayList<>();
        List<org.tribuo.classification.Label> labels = new ArrayList<>();
        List<Boolean> isolatedCopy = new ArrayList<>();
        Set<String> isolatedSeen = new HashSet<>();
        for (LabeledDocument doc : ordered) {
            List<Sentence> sentences = doc.layout();
            List<String[]> features = extractor.extract(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                org.tribuo.classification.Label label = label(doc.sentences().get(i));
                examples.add(features.get(i));
                labels.add(label);
                isolatedCopy.add(false);
                if (settings.isolated() && isolatedSeen.add(sentences.get(i).text())) {
                    examples.add(extractor.extract(alone(sentences.get(i))).get(0));
                    labels.add(label);
                    isolatedCopy.add(true);
                }
            }
        }
        // Features seen fewer than minFeatureCount times carry no reliable weight; leaving them out
        // keeps the model small (faster to load, fewer cache misses when looking features up).
        // Counted over the in-document examples only: the isolated copies would double every count.
        Map<String, Integer> counts = new HashMap<>();
        for (int e = 0; e < examples.size(); e++) {
            if (!isolatedCopy.get(e)) {
                for (String name : examples.get(e)) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        MutableDataset<org.tribuo.classification.Label> data = dataset();
        for (int e = 0; e < examples.size(); e++) {
            String[] kept = Arrays.stream(examples.get(e))
                    .filter(n -> n.equals(FeatureExtractor.BIAS)
                            || counts.getOrDefault(n, 0) >= settings.minFeatureCount())
                    .toArray(String[]::new);
            data.add(example(kept, labels.get(e)));
        }
        return trainer().train(data);
    }

    /** A new trainer for either stage: logistic loss, AdaGrad, the settings' seed. */
    private LinearSGDTrainer trainer() {
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.learningRate(), settings.epsilon()),
                settings.epochs(), Integer.MAX_VALUE, settings.minibatch(), settings.seed());
    }

    private static MutableDataset<org.tribuo.classification.Label> dataset() {
        return new MutableDataset<>(new SimpleDataSourceProvenance("thresher-documents", LABELS), LABELS);
    }

    private static org.tribuo.classification.Label label(GoldSentence gold) {
        return new org.tribuo.classification.Label(gold.label().name());
    }

    /** A sentence laid out as a document of its own. */
    private static List<Sentence> alone(Sentence sentence) {
        String text = sentence.text();
        return Layout.of(text).sentences(List.of(new int[] {0, text.length()}));
    }

    /** A Tribuo example with binary features. */
    public static ArrayExample<org.tribuo.classification.Label> example(String[] features,
                                                                        org.tribuo.classification.Label label) {
        double[] ones = new double[features.length];
        Arrays.fill(ones, 1.0);
        return new ArrayExample<>(label, features, ones);
    }

    /** A Tribuo example over the document-stage features with a non-zero value. */
    private static ArrayExample<org.tribuo.classification.Label> realExample(double[] values,
                                                                             org.tribuo.classification.Label label) {
        List<String> names = DocumentFeatures.names();
        List<String> present = new ArrayList<>();
        List<Double> nonZero = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            if (values[k] != 0.0) {
                present.add(names.get(k));
                nonZero.add(values[k]);
            }
        }
        return new ArrayExample<>(label, present.toArray(new String[0]),
                nonZero.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * SHA-256 over every document's id, text and gold labels and, for web pages, the markup cues
     * of every line, in id order.
     */
    public static String hash(List<LabeledDocument> documents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LabeledDocument doc : documents) {
                digest.update(doc.id().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(doc.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                for (GoldSentence s : doc.sentences()) {
                    digest.update((s.label().name() + ":" + s.start() + ":" + s.end() + ";")
                            .getBytes(StandardCharsets.UTF_8));
                }
                if (doc.page() != null) {
                    for (int line = 0; line < doc.page().lineCount(); line++) {
                        digest.update((String.join(" ", new java.util.TreeSet<>(doc.page().cues(line))) + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
