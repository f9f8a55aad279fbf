package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thresher.Label;
import dev.thresher.model.BundleIO;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

class LabelScoresTest {
    @Test
    void agreesWithTribuosLabelEvaluator() {
        Model<org.tribuo.classification.Label> model = BundleIO.read(Path.of("models/default.thresher")).model();
        Random random = new Random(7);
        List<Label> gold = new ArrayList<>();
        List<Label> predicted = new ArrayList<>();
        List<Prediction<org.tribuo.classification.Label>> predictions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Label g = Label.values()[random.nextInt(4)];
            Label p = random.nextDouble() < 0.6 ? g : Label.values()[random.nextInt(4)];
            gold.add(g);
            predicted.add(p);
            Map<String, org.tribuo.classification.Label> scores = new HashMap<>();
            for (Label l : Label.values()) {
                scores.put(l.name(), new org.tribuo.classification.Label(l.name(), l == p ? 1 : 0));
            }
            predictions.add(new Prediction<>(new org.tribuo.classification.Label(p.name(), 1), scores, 1,
                    new ArrayExample<>(new org.tribuo.classification.Label(g.name()), new String[] {"bias"},
                            new double[] {1}), true));
        }
        LabelEvaluation tribuo = new LabelEvaluator().evaluate(model, predictions,
                new SimpleDataSourceProvenance("test", new LabelFactory()));
        LabelScores ours = LabelScores.of(gold, predicted);
        assertEquals(tribuo.accuracy(), ours.accuracy(), 1e-12);
        assertEquals(tribuo.macroAveragedF1(), ours.macroF1(), 1e-12);
        for (Label l : Label.values()) {
            org.tribuo.classification.Label t = new org.tribuo.classification.Label(l.name());
            assertEquals(tribuo.precision(t), ours.perLabel().get(l).precision(), 1e-12);
            assertEquals(tribuo.recall(t), ours.perLabel().get(l).recall(), 1e-12);
            assertEquals(tribuo.f1(t), ours.perLabel().get(l).f1(), 1e-12);
            assertEquals((int) tribuo.getConfusionMatrix().support(t), ours.perLabel().get(l).support());
            for (Label q : Label.values()) {
                assertEquals((int) tribuo.getConfusionMatrix().confusion(new org.tribuo.classification.Label(q.name()), t),
                        ours.confusion().get(l).get(q), l + " predicted as " + q);
            }
        }
    }

    @Test
    void aLabelNeverPredictedScoresZeroNotNaN() {
        List<Label> gold = List.of(Label.CLAIM, Label.CLAIM, Label.OPINION, Label.BOILERPLATE);
        List<Label> predicted = List.of(Label.CLAIM, Label.CLAIM, Label.CLAIM, Label.CLAIM);
        LabelScores s = LabelScores.of(gold, predicted);
        assertEquals(0.5, s.accuracy(), 1e-12);
        assertEquals(0.5, s.perLabel().get(Label.CLAIM).precision(), 1e-12);
        assertEquals(2.0 / 3, s.perLabel().get(Label.CLAIM).f1(), 1e-12);
        assertEquals(0.0, s.perLabel().get(Label.OPINION).precision());
        assertEquals(0.0, s.perLabel().get(Label.QUOTATION).f1());
        assertEquals(2.0 / 3 / 4, s.macroF1(), 1e-12);
        assertEquals(1, s.confusion().get(Label.OPINION).get(Label.CLAIM));
    }
}
