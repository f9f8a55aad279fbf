package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Thresher used as a plain library dependency: load the shipped model, classify a text. */
class ConsumerTest {
    @Test
    void classifiesWithOnlyTheLibraryDependencies() {
        List<LabeledSentence> sentences = Thresher.loadDefault()
                .classify("The council voted 31-9 on Tuesday to add bus lanes. \"This will cut journeys by ten minutes,\" said Ian Bell.");
        assertEquals(2, sentences.size(), () -> "sentences: " + sentences);
        for (LabeledSentence s : sentences) {
            assertNotNull(s.label(), () -> "no label: " + s);
        }
    }
}
