package dev.thresher.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;

/** The feature index gives every name its id and back, and -1 for names it does not hold. */
class FeatureIndexTest {
    @Property(tries = 200)
    void everyNameHasItsPositionAndOthersHaveNone(@ForAll @Size(max = 300) Set<@StringLength(max = 6) String> names,
                                                  @ForAll @Size(max = 50) List<@StringLength(max = 6) String> probes) {
        String[] byId = names.toArray(new String[0]);
        FeatureIndex index = FeatureIndex.of(byId);
        assertEquals(byId.length, index.size());
        for (int id = 0; id < byId.length; id++) {
            assertEquals(id, index.id(byId[id]));
            assertEquals(byId[id], index.name(id));
        }
        for (String probe : probes) {
            assertEquals(names.contains(probe) ? List.of(byId).indexOf(probe) : -1, index.id(probe));
        }
    }

    @Test
    void namesWithTheSameHashAreKeptApart() {
        // "Aa" and "BB" have the same String.hashCode, and so do their concatenations.
        String[] byId = {"AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB"};
        assertEquals("AaAa".hashCode(), "BBBB".hashCode());
        FeatureIndex index = FeatureIndex.of(byId);
        for (int id = 0; id < byId.length; id++) {
            assertEquals(id, index.id(byId[id]));
        }
        assertEquals(-1, index.id("AaA"));
        assertEquals(-1, index.id(""));
    }

    @Test
    void aRepeatedOrMissingNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeatureIndex.of(new String[] {"a", "b", "a"}));
        assertThrows(IllegalArgumentException.class, () -> FeatureIndex.of(new String[] {"a", null}));
    }

    @Test
    void theShippedModelsIdsAreTribuosIds() {
        ModelBundle bundle = BundleIO.read(Path.of("models/default.thresher"));
        LinearScorer scorer = bundle.scorer();
        int checked = 0;
        for (VariableInfo info : bundle.model().getFeatureIDMap()) {
            int id = ((VariableIDInfo) info).getID();
            assertEquals(id, scorer.featureId(info.getName()), info.getName());
            assertEquals(info.getName(), scorer.featureName(id));
            checked++;
        }
        assertEquals(checked, scorer.featureCount());
        assertEquals(-1, scorer.featureId("no such feature"));
    }
}
