package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.thresher.ClassifiedDocument;
import dev.thresher.CleaningPolicy;
import dev.thresher.Document;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Thresher used as a plain library dependency: load the shipped model, classify a text. */
class ConsumerTest {
    @Test
    void classifiesWithOnlyTheLibraryDependencies() {
        String text = "The council voted 31-9 on Tuesday to add bus lanes. \"This will cut journeys by ten minutes,\" said Ian Bell.";
        Thresher thresher = Thresher.loadDefault();
        List<LabeledSentence> sentences = thresher.classify(text);
        assertEquals(2, sentences.size(), () -> "sentences: " + sentences);
        for (LabeledSentence s : sentences) {
            assertNotNull(s.label(), () -> "no label: " + s);
        }
        List<ClassifiedDocument> batch = thresher.classifyAll(Stream.of(new Document("a", text), new Document("b", text)), 2)
                .toList();
        assertEquals(sentences, batch.get(1).sentences());
        assertEquals(thresher.clean(text, CleaningPolicy.PRECISION), batch.get(0).clean(CleaningPolicy.PRECISION).text());
    }
}
