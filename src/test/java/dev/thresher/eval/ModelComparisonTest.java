package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.model.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {
    @Test
    void exactMcNemarByHand() {
        assertEquals(1.0, ModelComparison.mcNemar(0, 0));
        assertEquals(1.0, ModelComparison.mcNemar(5, 5));
        assertEquals(2 * Math.pow(0.5, 10), ModelComparison.mcNemar(10, 0), 1e-15);
        // n = 13, k = 3: 2 * (1 + 13 + 78 + 286) / 2^13
        assertEquals(2 * 378 / 8192.0, ModelComparison.mcNemar(3, 10), 1e-12);
        assertEquals(ModelComparison.mcNemar(3, 10), ModelComparison.mcNemar(10, 3), 1e-15);
    }

    @Test
    void aModelComparedWithItselfDiffersNowhere() {
        List<LabeledDocument> docs = DatasetReader.readFolder(Path.of("datasets/test")).subList(0, 3);
        Pipeline t = Pipeline.loadDefault();
        ModelComparison c = ModelComparison.of("a", t, "b", t, "datasets/test", docs);
        assertEquals(c.a(), c.b());
        assertEquals(0, c.onlyA());
        assertEquals(0, c.onlyB());
        assertEquals(0, c.disagreements());
        assertEquals(1.0, c.mcNemarP());
        assertEquals(0.0, c.differenceInterval().low(), 1e-12);
        assertEquals(0.0, c.differenceInterval().high(), 1e-12);
    }
}
