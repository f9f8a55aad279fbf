package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorAnalysisTest {
    /** A document of one-character lines "a".."z" with the given gold and predicted labels and confidences. */
    static DocumentRun run(String id, Label[] gold, Label[] predicted, double[] confidence) {
        StringBuilder text = new StringBuilder();
        List<GoldSentence> sentences = new ArrayList<>();
        List<LabeledSentence> labelled = new ArrayList<>();
        for (int i = 0; i < gold.length; i++) {
            int start = text.length();
            String s = String.valueOf((char) ('a' + i));
            text.append(s).append('\n');
            sentences.add(new GoldSentence(gold[i], start, start + 1, i + 2));
            java.util.Map<Label, Double> scores = new java.util.EnumMap<>(Label.class);
            for (Label l : Label.values()) {
                scores.put(l, l == predicted[i] ? confidence[i] : (1 - confidence[i]) / 3);
            }
            labelled.add(new LabeledSentence(s, start, start + 1, predicted[i], confidence[i], scores));
        }
        LabeledDocument doc = new LabeledDocument(id, Path.of(id + ".txt"), text.toString(), sentences);
        return new DocumentRun(doc, labelled, labelled, labelled);
    }

    private static final Label C = Label.CLAIM;
    private static final Label Q = Label.QUOTATION;
    private static final Label O = Label.OPINION;

    @Test
    void confusionsByFrequencyExamplesByConfidenceAcrossDocuments() {
        DocumentRun one = run("one", new Label[] {Q, Q, Q, O, C}, new Label[] {C, C, C, C, C},
                new double[] {0.9, 0.8, 0.7, 0.6, 0.99});
        DocumentRun two = run("two", new Label[] {Q, O, C}, new Label[] {C, C, O}, new double[] {0.5, 0.95, 0.4});
        ErrorAnalysis e = ErrorAnalysis.of(List.of(one, two), 10, 2,
                (run, i) -> List.of("because " + run.document().id() + " " + i));
        assertEquals(7, e.errors());
        assertEquals(3, e.confusions().size());
        ErrorAnalysis.Confusion first = e.confusions().get(0);
        assertEquals(Q, first.gold());
        assertEquals(C, first.predicted());
        assertEquals(4, first.count());
        assertEquals(4.0 / 7, first.shareOfErrors(), 1e-12);
        // the two most confident are both in "one" (0.9, 0.8), but a second document is preferred
        assertEquals(List.of("one", "two"), first.examples().stream().map(ErrorAnalysis.Example::document).toList());
        assertEquals(0.9, first.examples().get(0).confidence(), 1e-12);
        assertEquals(2, first.examples().get(0).row());
        assertEquals("a", first.examples().get(0).sentence());
        // each example is explained by the function, for its own document and gold sentence
        assertEquals(List.of("because one 0"), first.examples().get(0).why());
        assertEquals(List.of("because two 0"), first.examples().get(1).why());
        ErrorAnalysis.Confusion second = e.confusions().get(1);
        assertEquals(O, second.gold());
        assertEquals(2, second.count());
        assertEquals(0.95, second.examples().get(0).confidence(), 1e-12);
        assertEquals(C, e.confusions().get(2).gold());
        assertEquals(O, e.confusions().get(2).predicted());
        assertEquals(1, ErrorAnalysis.of(List.of(one, two), 1, 5, (run, i) -> List.of()).confusions().size());
    }
}
