package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.TrainerSettings;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
    private static final List<LabeledDocument> DOCS = DatasetReader.readFolder(Path.of("datasets/dev"));

    private static List<String> ids(List<LabeledDocument> docs) {
        return docs.stream().map(LabeledDocument::id).toList();
    }

    @Test
    void foldsPartitionTheDocumentsEvenlyWhateverTheirOrder() {
        List<List<LabeledDocument>> folds = CrossValidation.folds(DOCS, 5, 42);
        assertEquals(5, folds.size());
        Set<String> seen = new HashSet<>();
        for (List<LabeledDocument> fold : folds) {
            assertTrue(fold.size() == DOCS.size() / 5 || fold.size() == DOCS.size() / 5 + 1, "size " + fold.size());
            for (LabeledDocument d : fold) {
                assertTrue(seen.add(d.id()), d.id() + " in two folds");
            }
        }
        assertEquals(new HashSet<>(ids(DOCS)), seen);
        List<LabeledDocument> shuffled = new ArrayList<>(DOCS);
        Collections.reverse(shuffled);
        List<List<LabeledDocument>> again = CrossValidation.folds(shuffled, 5, 42);
        for (int f = 0; f < 5; f++) {
            assertEquals(ids(folds.get(f)), ids(again.get(f)));
        }
        assertNotEquals(ids(folds.get(0)), ids(CrossValidation.folds(DOCS, 5, 43).get(0)), "the seed matters");
    }

    @Test
    void refusesImpossibleFoldCounts() {
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(DOCS, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(DOCS.subList(0, 3), 4, 1));
    }

    @Test
    void crossValidatesATinySetDeterministically() {
        List<LabeledDocument> docs = DOCS.subList(0, 6);
        TrainerSettings settings = new TrainerSettings(5, 3, 0.05, 0.1, 1, false, 0, 1);
        CrossValidation.Result a = CrossValidation.run(docs, 3, FeatureConfig.defaults(), settings, 2);
        CrossValidation.Result b = CrossValidation.run(docs, 3, FeatureConfig.defaults(), settings, 1);
        assertEquals(a, b, "threads do not change the result");
        assertEquals(3, a.folds().size());
        int held = 0;
        double sum = 0;
        for (CrossValidation.Fold f : a.folds()) {
            assertEquals(6, f.trainDocuments() + f.testDocuments());
            held += f.testSentences();
            sum += f.macroF1();
        }
        assertEquals(a.sentences(), held, "every sentence is held out exactly once");
        assertEquals(sum / 3, a.macroF1().mean(), 1e-12);
        double ss = 0;
        for (CrossValidation.Fold f : a.folds()) {
            ss += Math.pow(f.macroF1() - a.macroF1().mean(), 2);
        }
        assertEquals(Math.sqrt(ss / 2), a.macroF1().std(), 1e-12);
    }
}
