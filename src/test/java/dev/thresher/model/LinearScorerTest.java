package dev.thresher.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureExtractor;
import dev.thresher.segment.Sentence;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** The fast scorer gives exactly Tribuo's predictions: same labels, same scores to the last bit. */
class LinearScorerTest {
    @Test
    void scoresEqualTribuoPredictBitForBit() {
        ModelBundle bundle = BundleIO.read(Path.of("models/default.thresher"));
        Thresher thresher = Thresher.of(bundle);
        Model<org.tribuo.classification.Label> model = bundle.model();
        assertEquals(model.getFeatureIDMap().size(), bundle.scorer().featureCount());
        FeatureExtractor extractor = new FeatureExtractor(bundle.features());
        int compared = 0;
        for (LabeledDocument doc : DatasetReader.readFolder(Path.of("datasets/test"))) {
            List<Sentence> sentences = thresher.segmenter().segment(doc.text());
            List<String[]> names = extractor.extract(sentences);
            List<LabeledSentence> fast = thresher.label(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                double[] ones = new double[names.get(i).length];
                Arrays.fill(ones, 1.0);
                Prediction<org.tribuo.classification.Label> p =
                        model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names.get(i), ones));
                for (Label label : Label.values()) {
                    double expected = p.getOutputScores().get(label.name()).getScore();
                    assertEquals(Double.doubleToRawLongBits(expected),
                            Double.doubleToRawLongBits(fast.get(i).scores().get(label)),
                            doc.id() + " sentence " + i + " " + label);
                }
                assertEquals(p.getOutput().getLabel(), fast.get(i).label().name());
                compared++;
            }
        }
        assertTrue(compared > 1000);
    }

    @Test
    void trainedBundleScoresThroughItsSerialisedForm() {
        ModelBundle loaded = BundleIO.read(Path.of("models/default.thresher"));
        ModelBundle inMemory = new ModelBundle(loaded.manifest(), loaded.features(), loaded.model());
        String text = "Storm closes harbour\nThe harbour closed on Tuesday. \"We had no choice,\" she said.";
        assertEquals(Thresher.of(loaded).classify(text), Thresher.of(inMemory).classify(text));
    }
}
