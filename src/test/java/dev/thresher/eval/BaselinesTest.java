package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BaselinesTest {
    static List<LabeledDocument> train;

    @BeforeAll
    static void read() {
        train = DatasetReader.readFolder(Path.of("datasets/train")).subList(0, 12);
    }

    @Test
    void majorityAnswersTheMostFrequentTrainingLabel() {
        int[] counts = new int[4];
        for (LabeledDocument d : train) {
            for (GoldSentence g : d.sentences()) {
                counts[g.label().ordinal()]++;
            }
        }
        Label expected = Label.CLAIM;
        for (Label l : Label.values()) {
            if (counts[l.ordinal()] > counts[expected.ordinal()]) {
                expected = l;
            }
        }
        MajorityBaseline majority = MajorityBaseline.fit(train, "twelve documents");
        assertEquals(expected, majority.label());
        assertEquals(expected, majority.label("Anything at all.", 0).label());
        // a tie goes to the first label in label order
        LabeledDocument doc = new LabeledDocument("t", Path.of("t.txt"), "a\nb",
                List.of(new GoldSentence(Label.OPINION, 0, 1, 2), new GoldSentence(Label.QUOTATION, 2, 3, 3)));
        assertEquals(Label.QUOTATION, MajorityBaseline.fit(List.of(doc), "tie").label());
    }

    @Test
    void majorityScoresAsArithmeticPredicts() {
        // a baseline answering one label L everywhere has F1(L) = 2s / (1 + s) with s the share of L,
        // and F1 0 for the other labels
        List<Label> gold = new ArrayList<>();
        List<Label> predicted = new ArrayList<>();
        for (LabeledDocument d : train) {
            for (GoldSentence g : d.sentences()) {
                gold.add(g.label());
                predicted.add(Label.BOILERPLATE);
            }
        }
        double share = gold.stream().filter(l -> l == Label.BOILERPLATE).count() / (double) gold.size();
        LabelScores s = LabelScores.of(gold, predicted);
        assertEquals(2 * share / (1 + share), s.perLabel().get(Label.BOILERPLATE).f1(), 1e-12);
        assertEquals(2 * share / (1 + share) / 4, s.macroF1(), 1e-12);
    }

    @Test
    void keywordRulesFollowTheGuidelinesOrder() {
        KeywordBaseline k = new KeywordBaseline();
        assertEquals(Label.BOILERPLATE, k.classify("Subscribe to our newsletter"));
        assertEquals(Label.BOILERPLATE, k.classify("Home | News | Sport"));
        assertEquals(Label.BOILERPLATE, k.classify("Most Read"));
        assertEquals(Label.BOILERPLATE, k.classify("By Marta Keel, Transport Correspondent"));
        assertEquals(Label.BOILERPLATE, k.classify("|"));
        assertEquals(Label.BOILERPLATE, k.classify("\u00a9 2025 Ridgeline Media. \"All rights reserved,\" we said."),
                "boilerplate wins over quotation");
        assertEquals(Label.QUOTATION, k.classify("\u201cWe will not close the depot,\u201d the mayor said."));
        assertEquals(Label.QUOTATION, k.classify("Officials said the bridge would reopen on Monday."),
                "quotation wins over the modal");
        assertEquals(Label.QUOTATION, k.classify("According to the ministry, 4,200 homes lost power."));
        assertEquals(Label.OPINION, k.classify("The council should publish the figures."));
        assertEquals(Label.OPINION, k.classify("I found the ending hard to forgive."));
        assertEquals(Label.CLAIM, k.classify("The city council voted 31-9 on Tuesday to add bus lanes."));
        assertEquals(Label.CLAIM, k.classify("Prices rose in the US last year."), "US is not 'us'");
        assertEquals(Label.CLAIM, k.classify("Storm closes harbour after record surge"),
                "a lower-case headline is not Title-Case chrome");
    }

    @Test
    void doccatIsDeterministicAndLearnsItsTrainingData() {
        DoccatBaseline a = DoccatBaseline.train(train, "twelve documents");
        DoccatBaseline b = DoccatBaseline.train(train, "twelve documents");
        int right = 0;
        int total = 0;
        for (LabeledDocument d : train) {
            for (GoldSentence g : d.sentences()) {
                String s = d.text().substring(g.start(), g.end());
                Map<Label, Double> scores = a.scores(s);
                assertEquals(scores, b.scores(s));
                assertEquals(1.0, scores.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
                LabeledSentence labelled = a.label(s, g.start());
                if (labelled.label() == g.label()) {
                    right++;
                }
                total++;
            }
        }
        assertTrue(right > 0.8 * total, "training accuracy " + right + "/" + total);
        assertTrue(a.description().contains("cut-off " + DoccatBaseline.CUTOFF));
    }
}
