package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.LabeledDocument;
import dev.thresher.model.Pipeline;
import dev.thresher.segment.Layout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a model on labelled documents, two ways: end to end (raw text through the segmenter,
 * predictions aligned to gold sentences by character overlap) and on gold segmentation (the
 * classifier fed the gold sentences). Also scores the segmentation itself.
 */
public final class Evaluator {
    private final Pipeline thresher;

    /** An evaluator for {@code thresher}. */
    public Evaluator(Pipeline thresher) {
        this.thresher = thresher;
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
        return score(run(documents));
    }

    /** Runs the model over {@code documents}: segmented and labelled, aligned, and on gold sentences. */
    public List<DocumentRun> run(List<LabeledDocument> documents) {
        List<DocumentRun> runs = new ArrayList<>(documents.size());
        for (LabeledDocument doc : documents) {
            runs.add(run(doc));
        }
        return runs;
    }

    /** Runs the model over one document. */
    public DocumentRun run(LabeledDocument doc) {
        List<LabeledSentence> predicted = doc.page() == null ? thresher.classify(doc.text())
                : thresher.classify(doc.page());
        return new DocumentRun(doc, predicted, Alignment.byOverlap(doc.sentences(), predicted),
                thresher.label(doc.layout()));
    }

    /** The figures of already computed runs. */
    public static Result score(List<DocumentRun> runs) {
        List<Label> gold = new ArrayList<>();
        List<Label> e2e = new ArrayList<>();
        List<Label> onGold = new ArrayList<>();
        for (DocumentRun run : runs) {
            gold.addAll(run.gold());
            e2e.addAll(run.endToEndLabels());
            onGold.addAll(run.goldSegmentationLabels());
        }
        return new Result(LabelScores.of(gold, e2e), LabelScores.of(gold, onGold), segmentation(runs));
    }

    /** Sentence-boundary precision, recall and F1 of the runs' segmentation. */
    static SegmentationScores segmentation(List<DocumentRun> runs) {
        long goldBoundaries = 0;
        long predictedBoundaries = 0;
        long matched = 0;
        int goldCount = 0;
        int predictedCount = 0;
        for (DocumentRun run : runs) {
            List<LabeledSentence> predicted = run.predicted();
            Set<Integer> goldStarts = new HashSet<>();
            for (int i = 1; i < run.document().sentences().size(); i++) {
                goldStarts.add(run.document().sentences().get(i).start());
            }
            goldBoundaries += goldStarts.size();
            predictedBoundaries += Math.max(0, predicted.size() - 1);
            for (int i = 1; i < predicted.size(); i++) {
                if (goldStarts.contains(predicted.get(i).start())) {
                    matched++;
                }
            }
            goldCount += run.document().sentences().size();
            predictedCount += predicted.size();
        }
        double precision = predictedBoundaries == 0 ? 1 : (double) matched / predictedBoundaries;
        double recall = goldBoundaries == 0 ? 1 : (double) matched / goldBoundaries;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new SegmentationScores(goldCount, predictedCount, precision, recall, f1);
    }
}
