package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import dev.thresher.segment.Layout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Scores a model on labelled documents, two ways: end to end (raw text through the segmenter,
 * predictions aligned to gold sentences by character overlap) and on gold segmentation (the
 * classifier fed the gold sentences). Also scores the segmentation itself.
 */
public final class Evaluator {
    private final Thresher thresher;
    private final Model<org.tribuo.classification.Label> model;

    /** An evaluator for {@code thresher}. */
    public Evaluator(Thresher thresher) {
        this.thresher = thresher;
        this.model = thresher.bundle().model();
    }

    /** Everything one evaluation run measures. */
    public record Result(LabelScores endToEnd, LabelScores goldSegmentation, SegmentationScores segmentation) {
    }

    /**
     * Boundary precision, recall and F1 of the segmenter against gold sentences: a boundary is
     * the start offset of a sentence after the first of its document.
     */
    public record SegmentationScores(int goldSentences, int predictedSentences, double precision, double recall,
                                     double f1) {
    }

    /** Scores {@code documents}. */
    public Result evaluate(List<LabeledDocument> documents) {
        List<Label> gold = new ArrayList<>();
        List<LabeledSentence> e2e = new ArrayList<>();
        List<LabeledSentence> onGold = new ArrayList<>();
        long goldBoundaries = 0;
        long predictedBoundaries = 0;
        long matched = 0;
        long goldCount = 0;
        long predictedCount = 0;
        for (LabeledDocument doc : documents) {
            List<LabeledSentence> predicted = thresher.classify(doc.text());
            e2e.addAll(Alignment.byOverlap(doc.sentences(), predicted));
            onGold.addAll(thresher.label(Layout.of(doc.text()).sentences(doc.spans())));
            for (GoldSentence g : doc.sentences()) {
                gold.add(g.label());
            }
            java.util.Set<Integer> goldStarts = new java.util.HashSet<>();
            for (int i = 1; i < doc.sentences().size(); i++) {
                goldStarts.add(doc.sentences().get(i).start());
            }
            goldBoundaries += goldStarts.size();
            predictedBoundaries += Math.max(0, predicted.size() - 1);
            for (int i = 1; i < predicted.size(); i++) {
                if (goldStarts.contains(predicted.get(i).start())) {
                    matched++;
                }
            }
            goldCount += doc.sentences().size();
            predictedCount += predicted.size();
        }
        double precision = predictedBoundaries == 0 ? 1 : (double) matched / predictedBoundaries;
        double recall = goldBoundaries == 0 ? 1 : (double) matched / goldBoundaries;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(score(gold, e2e), score(gold, onGold),
                new SegmentationScores((int) goldCount, (int) predictedCount, precision, recall, f1));
    }

    /** Scores predictions against gold labels with Tribuo's {@link LabelEvaluator}. */
    LabelScores score(List<Label> gold, List<LabeledSentence> predicted) {
        LabelFactory factory = new LabelFactory();
        List<Prediction<org.tribuo.classification.Label>> predictions = new ArrayList<>(gold.size());
        ImmutableOutputInfo<org.tribuo.classification.Label> domain = model.getOutputIDInfo();
        for (int i = 0; i < gold.size(); i++) {
            LabeledSentence p = predicted.get(i);
            ArrayExample<org.tribuo.classification.Label> example = new ArrayExample<>(
                    new org.tribuo.classification.Label(gold.get(i).name()), new String[] {"bias"}, new double[] {1});
            Map<String, org.tribuo.classification.Label> scores = new HashMap<>();
            Label chosen = p == null ? Label.CLAIM : p.label();
            for (Label l : Label.values()) {
                double score = p == null ? (l == Label.CLAIM ? 1 : 0) : p.scores().get(l);
                scores.put(l.name(), new org.tribuo.classification.Label(l.name(), score));
            }
            predictions.add(new Prediction<>(new org.tribuo.classification.Label(chosen.name(),
                    scores.get(chosen.name()).getScore()), scores, 1, example, true));
        }
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(model, predictions,
                new SimpleDataSourceProvenance("thresher-evaluation", factory));
        Map<Label, LabelScores.PerLabel> perLabel = new EnumMap<>(Label.class);
        Map<Label, Map<Label, Integer>> confusion = LabelScores.emptyConfusion();
        double f1Sum = 0;
        for (Label l : Label.values()) {
            org.tribuo.classification.Label t = new org.tribuo.classification.Label(l.name());
            int support = (int) evaluation.getConfusionMatrix().support(t);
            double f1 = evaluation.f1(t);
            perLabel.put(l, new LabelScores.PerLabel(evaluation.precision(t), evaluation.recall(t), f1, support));
            f1Sum += f1;
            for (Label q : Label.values()) {
                confusion.get(l).put(q, (int) evaluation.getConfusionMatrix()
                        .confusion(new org.tribuo.classification.Label(q.name()), t));
            }
        }
        if (domain.size() != Label.values().length) {
            throw new IllegalStateException("model knows " + domain.size() + " labels, expected 4");
        }
        return new LabelScores(gold.size(), evaluation.accuracy(), f1Sum / Label.values().length, perLabel, confusion);
    }
}
