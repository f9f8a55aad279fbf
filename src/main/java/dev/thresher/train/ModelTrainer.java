package dev.thresher.train;

import dev.thresher.Label;
import dev.thresher.Versions;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import dev.thresher.features.FeatureExtractor;
import dev.thresher.model.Manifest;
import dev.thresher.model.ModelBundle;
import dev.thresher.segment.Layout;
import dev.thresher.segment.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a model bundle from labelled documents: gold sentences are laid out and featurised
 * exactly as at classification time, then a Tribuo {@code LinearSGDTrainer} (logistic loss,
 * AdaGrad) is trained with a fixed seed. The same documents and settings give the same model.
 */
public final class ModelTrainer {
    private static final LabelFactory LABELS = new LabelFactory();

    private final FeatureConfig featureConfig;
    private final TrainerSettings settings;

    /** A trainer with the given feature configuration and hyperparameters. */
    public ModelTrainer(FeatureConfig featureConfig, TrainerSettings settings) {
        this.featureConfig = featureConfig;
        this.settings = settings;
    }

    /** Trains on {@code documents} (in id order, whatever order they are given in). */
    public ModelBundle train(List<LabeledDocument> documents) {
        List<LabeledDocument> ordered = new ArrayList<>(documents);
        ordered.sort(Comparator.comparing(LabeledDocument::id));
        FeatureExtractor extractor = new FeatureExtractor(featureConfig);
        MutableDataset<org.tribuo.classification.Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("thresher-documents", LABELS), LABELS);
        int sentenceCount = 0;
        for (LabeledDocument doc : ordered) {
            sentenceCount += doc.sentences().size();
            List<Sentence> sentences = Layout.of(doc.text()).sentences(doc.spans());
            List<String[]> features = extractor.extract(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                GoldSentence gold = doc.sentences().get(i);
                org.tribuo.classification.Label label = new org.tribuo.classification.Label(gold.label().name());
                data.add(example(features.get(i), label));
                if (settings.isolated()) {
                    String text = sentences.get(i).text();
                    List<Sentence> alone = Layout.of(text).sentences(List.of(new int[] {0, text.length()}));
                    data.add(example(extractor.extract(alone).get(0), label));
                }
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(settings.learningRate(), settings.epsilon()), settings.epochs(),
                Integer.MAX_VALUE, settings.minibatch(), settings.seed());
        Model<org.tribuo.classification.Label> model = trainer.train(data);
        Manifest manifest = new Manifest(Manifest.FORMAT, Versions.thresher(), Versions.tribuo(),
                Versions.opennlp(), Arrays.stream(Label.values()).map(Enum::name).toList(), settings.seed(),
                hash(ordered), ordered.size(), sentenceCount, settings.asMap());
        return new ModelBundle(manifest, featureConfig, model);
    }

    /** A Tribuo example with binary features. */
    public static ArrayExample<org.tribuo.classification.Label> example(String[] features,
                                                                        org.tribuo.classification.Label label) {
        double[] ones = new double[features.length];
        Arrays.fill(ones, 1.0);
        return new ArrayExample<>(label, features, ones);
    }

    /** SHA-256 over every document's id, text and gold labels, in id order. */
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
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
