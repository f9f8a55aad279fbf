package dev.thresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.document.DocumentFeatures;
import dev.thresher.features.FeatureExtractor;
import dev.thresher.model.LinearScorer;
import dev.thresher.model.Pipeline;
import dev.thresher.model.SentenceStage;
import dev.thresher.segment.Sentence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Explanations are exact: contributions plus the bias are the model's score, stage by stage. */
class ExplanationTest {
    private static Pipeline thresher;

    @BeforeAll
    static void load() {
        thresher = Pipeline.loadDefault();
    }

    @Test
    void contributionsPlusBiasAreTheModelsScoreForEverySentenceOfTheTestSplit() {
        LinearScorer sentenceScorer = thresher.bundle().scorer();
        LinearScorer documentScorer = thresher.bundle().documentScorer().orElseThrow();
        FeatureExtractor.Encoder encoder = new FeatureExtractor(thresher.bundle().features())
                .encoder(sentenceScorer::featureId);
        SentenceStage stage = new SentenceStage(thresher.bundle());
        int[] documentIds = DocumentFeatures.names().stream().mapToInt(documentScorer::featureId).toArray();
        int checked = 0;
        for (LabeledDocument doc : DatasetReader.readFolder(Path.of("datasets/test"))) {
            List<Sentence> sentences = thresher.segmenter().segment(doc.text());
            List<Explanation> explanations = thresher.explain(sentences);
            assertEquals(thresher.label(sentences), explanations.stream().map(Explanation::sentence).toList(),
                    "explaining changed labels or scores in " + doc.id());
            int[][] ids = encoder.encode(sentences);
            double[][] values = DocumentFeatures.extract(sentences, stage.probabilities(sentences));
            for (int i = 0; i < sentences.size(); i++) {
                Explanation e = explanations.get(i);
                assertEquals(4, e.evidence().size());
                assertTrue(e.runnerUp() != e.sentence().label());
                assertEquals(e.sentence().label(), e.decisive().label());
                assertEquals(Explanation.Stage.DOCUMENT, e.decisive().stage());
                double[] sentenceScores = sentenceScorer.linearScores(ids[i]);
                double[] documentScores = documentScorer.linearScores(documentIds, values[i]);
                for (Explanation.Evidence ev : e.evidence()) {
                    double sum = ev.bias() + ev.contributions().stream()
                            .mapToDouble(Explanation.Contribution::contribution).sum();
                    assertEquals(ev.score(), sum, 1e-9, doc.id() + " " + i);
                    int k = (ev.stage() == Explanation.Stage.SENTENCE ? sentenceScorer : documentScorer)
                            .labels().indexOf(ev.label().name());
                    double model = ev.stage() == Explanation.Stage.SENTENCE ? sentenceScores[k] : documentScores[k];
                    assertEquals(model, sum, 1e-9, doc.id() + " sentence " + i + " " + ev.label() + " " + ev.stage());
                    for (int c = 1; c < ev.contributions().size(); c++) {
                        assertTrue(Math.abs(ev.contributions().get(c - 1).contribution())
                                >= Math.abs(ev.contributions().get(c).contribution()));
                    }
                }
                checked++;
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void featuresAreDescribedInWords() {
        String text = "Home\nNews\nSport\nBusiness\n"
                + "The council voted on Tuesday to close the depot, officials said.\n"
                + "Share this article";
        List<Explanation> explanations = thresher.explain(text);
        for (Explanation e : explanations) {
            for (Explanation.Evidence ev : e.evidence()) {
                for (Explanation.Contribution c : ev.contributions()) {
                    assertFalse(c.description().isBlank());
                    assertFalse(c.description().equals(c.feature()), "undescribed feature " + c.feature());
                }
            }
        }
        Explanation said = explanations.get(4);
        assertTrue(said.evidence(said.sentence().label(), Explanation.Stage.SENTENCE).orElseThrow().contributions()
                .stream().anyMatch(c -> c.feature().equals("w:said") && c.description().equals("word \"said\"")));
        assertTrue(said.decisive().contributions().stream()
                .anyMatch(c -> c.description().contains("sentence stage")));
    }
}
