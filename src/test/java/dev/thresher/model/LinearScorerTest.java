package dev.thresher.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.document.DocumentFeatures;
import dev.thresher.document.DocumentStage;
import dev.thresher.features.FeatureExtractor;
import dev.thresher.model.Pipeline;
import dev.thresher.segment.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * The fast scorers of both stages give exactly Tribuo's predictions: same labels, same scores to
 * the last bit.
 */
class LinearScorerTest {
    @Test
    void sentenceStageEqualsTribuoPredictBitForBit() {
        ModelBundle bundle = BundleIO.read(Path.of("models/default.thresher"));
        Pipeline thresher = new Pipeline(bundle);
        Model<org.tribuo.classification.Label> model = bundle.model();
        assertEquals(model.getFeatureIDMap().size(), bundle.scorer().featureCount());
        FeatureExtractor extractor = new FeatureExtractor(bundle.features());
        SentenceStage stage = new SentenceStage(bundle);
        int compared = 0;
        for (LabeledDocument doc : DatasetReader.readFolder(Path.of("datasets/test"))) {
            List<Sentence> sentences = thresher.segmenter().segment(doc.text());
            List<String[]> names = extractor.extract(sentences);
            double[][] fast = stage.probabilities(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                double[] ones = new double[names.get(i).length];
                Arrays.fill(ones, 1.0);
                Prediction<org.tribuo.classification.Label> p =
                        model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names.get(i), ones));
                assertSameScores(p, fast[i], doc.id() + " sentence " + i);
                compared++;
            }
        }
        assertTrue(compared > 1000);
    }

    @Test
    void documentStageEqualsTribuoPredictBitForBit() {
        ModelBundle bundle = BundleIO.read(Path.of("models/default.thresher"));
        Model<org.tribuo.classification.Label> model = bundle.documentModel().orElseThrow();
        DocumentStage documentStage = new DocumentStage(bundle.documentScorer().orElseThrow());
        SentenceStage stage = new SentenceStage(bundle);
        Pipeline thresher = new Pipeline(bundle);
        List<String> featureNames = DocumentFeatures.names();
        int compared = 0;
        for (LabeledDocument doc : DatasetReader.readFolder(Path.of("datasets/test"))) {
            List<Sentence> sentences = thresher.segmenter().segment(doc.text());
            double[][] first = stage.probabilities(sentences);
            double[][] values = DocumentFeatures.extract(sentences, first);
            double[][] fast = documentStage.rescore(sentences, first);
            List<LabeledSentence> labelled = thresher.label(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                List<String> names = new ArrayList<>();
                List<Double> nonZero = new ArrayList<>();
                for (int k = 0; k < values[i].length; k++) {
                    if (values[i][k] != 0.0) {
                        names.add(featureNames.get(k));
                        nonZero.add(values[i][k]);
                    }
                }
                Prediction<org.tribuo.classification.Label> p = model.predict(new ArrayExample<>(
                        LabelFactory.UNKNOWN_LABEL, names.toArray(new String[0]),
                        nonZero.stream().mapToDouble(Double::doubleValue).toArray()));
                assertSameScores(p, fast[i], doc.id() + " sentence " + i);
                assertEquals(p.getOutput().getLabel(), labelled.get(i).label().name());
                for (Label label : Label.values()) {
                    assertEquals(fast[i][label.ordinal()], labelled.get(i).scores().get(label));
                }
                compared++;
            }
        }
        assertTrue(compared > 1000);
    }

    private static void assertSameScores(Prediction<org.tribuo.classification.Label> p, double[] fast, String where) {
        for (Label label : Label.values()) {
            double expected = p.getOutputScores().get(label.name()).getScore();
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(fast[label.ordinal()]),
                    where + " " + label);
        }
    }

    @Test
    void trainedBundleScoresThroughItsSerialisedForm() {
        ModelBundle loaded = BundleIO.read(Path.of("models/default.thresher"));
        ModelBundle inMemory = new ModelBundle(loaded.manifest(), loaded.features(), loaded.model(),
                loaded.documentConfig().orElseThrow(), loaded.documentModel().orElseThrow());
        String text = "Storm closes harbour\nThe harbour closed on Tuesday. \"We had no choice,\" she said.";
        assertEquals(new Pipeline(loaded).classify(text), new Pipeline(inMemory).classify(text));
    }
}
