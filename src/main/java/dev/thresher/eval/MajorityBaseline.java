package dev.thresher.eval;

import dev.thresher.data.DataSummary;
import dev.thresher.Label;
import dev.thresher.data.LabeledDocument;
import java.util.List;
import java.util.Map;

/** Gives every sentence the most frequent label of the training data. */
public final class MajorityBaseline implements Baseline {
    private final Label label;
    private final String trainedOn;

    /** A baseline always answering {@code label}; {@code trainedOn} says where it was counted. */
    public MajorityBaseline(Label label, String trainedOn) {
        this.label = label;
        this.trainedOn = trainedOn;
    }

    /** Counts the labels of {@code train} and keeps the most frequent (first in label order on a tie). */
    public static MajorityBaseline fit(List<LabeledDocument> train, String trainedOn) {
        return new MajorityBaseline(DataSummary.of(train, Map.of()).majority(), trainedOn);
    }

    /** The label it always gives. */
    public Label label() {
        return label;
    }

    @Override
    public String name() {
        return "majority";
    }

    @Override
    public String description() {
        return "every sentence " + label + ", the most frequent label of " + trainedOn;
    }

    @Override
    public Map<Label, Double> scores(String sentence) {
        return Baseline.oneHot(label);
    }
}
