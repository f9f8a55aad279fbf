package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * What a model did with one labelled document: the sentences it found and labelled in the raw
 * text, those predictions aligned to the gold sentences, and its labels for the gold sentences.
 *
 * @param document  the labelled document
 * @param predicted the sentences found by the segmenter, labelled, in document order
 * @param aligned   for each gold sentence, the predicted sentence overlapping it most, or
 *                  {@code null} if none does
 * @param onGold    the labels given to the gold sentences themselves (gold segmentation)
 */
public record DocumentRun(LabeledDocument document, List<LabeledSentence> predicted,
                          List<LabeledSentence> aligned, List<LabeledSentence> onGold) {
    /** Copies the lists (the aligned list may hold {@code null}). */
    public DocumentRun {
        predicted = List.copyOf(predicted);
        aligned = java.util.Collections.unmodifiableList(new ArrayList<>(aligned));
        onGold = List.copyOf(onGold);
        if (aligned.size() != document.sentences().size() || onGold.size() != document.sentences().size()) {
            throw new IllegalArgumentException(document.id() + ": one aligned and one gold-segmentation "
                    + "prediction per gold sentence expected");
        }
    }

    /** The gold labels, in order. */
    public List<Label> gold() {
        List<Label> out = new ArrayList<>(document.sentences().size());
        for (GoldSentence g : document.sentences()) {
            out.add(g.label());
        }
        return out;
    }

    /**
     * The end-to-end label of each gold sentence: that of its aligned prediction, or
     * {@link Label#CLAIM} for a gold sentence no prediction overlaps (which never happens with
     * a segmenter that covers all text, and is then scored as a guess).
     */
    public List<Label> endToEndLabels() {
        List<Label> out = new ArrayList<>(aligned.size());
        for (LabeledSentence s : aligned) {
            out.add(s == null ? Label.CLAIM : s.label());
        }
        return out;
    }

    /** The confidence of each gold sentence's aligned prediction (0 when there is none). */
    public List<Double> endToEndConfidences() {
        List<Double> out = new ArrayList<>(aligned.size());
        for (LabeledSentence s : aligned) {
            out.add(s == null ? 0.0 : s.confidence());
        }
        return out;
    }

    /** The labels given to the gold sentences, in order. */
    public List<Label> goldSegmentationLabels() {
        List<Label> out = new ArrayList<>(onGold.size());
        for (LabeledSentence s : onGold) {
            out.add(s.label());
        }
        return out;
    }
}
