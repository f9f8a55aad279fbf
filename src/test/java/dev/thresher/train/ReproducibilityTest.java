package dev.thresher.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thresher.LabeledSentence;
import dev.thresher.TrainerSettings;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import dev.thresher.model.BundleIO;
import dev.thresher.model.ModelBundle;
import dev.thresher.model.Pipeline;
import dev.thresher.segment.Layout;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model is exactly what the documented train command produces from datasets/:
 * retraining with the default settings gives the same manifest and identical predictions
 * (labels and every score) on the test split.
 */
class ReproducibilityTest {
    @Test
    void retrainingReproducesTheShippedModel() {
        ModelBundle shipped = BundleIO.read(Path.of("models/default.thresher"));
        List<LabeledDocument> train = DatasetReader.readFolder(Path.of("datasets/train"));
        ModelBundle retrained = new ModelTrainer(FeatureConfig.defaults(), TrainerSettings.defaults()).train(train);
        assertEquals(shipped.manifest().trainingData(), retrained.manifest().trainingData(),
                "models/default.thresher was trained on other data: retrain it with the documented command");
        assertEquals(shipped.manifest().hyperparameters(), retrained.manifest().hyperparameters());
        assertEquals(shipped.features(), retrained.features());
        Pipeline a = new Pipeline(shipped);
        Pipeline b = new Pipeline(retrained);
        for (LabeledDocument doc : DatasetReader.readFolder(Path.of("datasets/test"))) {
            List<LabeledSentence> expected = a.classify(doc.text());
            assertEquals(expected, b.classify(doc.text()), doc.id());
            var gold = Layout.of(doc.text()).sentences(doc.spans());
            assertEquals(a.label(gold), b.label(gold), doc.id());
        }
    }
}
