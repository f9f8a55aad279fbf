package dev.thresher;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Why a sentence got its label. Thresher's models are linear, so a label's score is exactly
 * its bias plus the sum of weight × value over the sentence's features: each feature's
 * contribution is known, not estimated. An explanation holds that evidence for the predicted
 * label and the runner-up, for each stage of the model: the {@link Stage#SENTENCE sentence
 * stage} (the sentence's words and cues and its neighbours' cues) and, when the model has one,
 * the {@link Stage#DOCUMENT document stage} (the sentence stage's probabilities for it and its
 * neighbours, and the page structure), which gives the final label.
 *
 * @param sentence the labelled sentence
 * @param runnerUp the label with the second-highest final probability
 * @param evidence the evidence for the predicted label and the runner-up, final stage first
 */
public record Explanation(LabeledSentence sentence, Label runnerUp, List<Evidence> evidence) {
    /** Copies the list. */
    public Explanation {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(runnerUp, "runnerUp");
        evidence = List.copyOf(evidence);
    }

    /** The two stages of a Thresher model. */
    public enum Stage {
        /** The sentence classifier: words, cues, neighbours' cues. */
        SENTENCE,
        /** The document classifier: first-stage probabilities over neighbours, page structure. */
        DOCUMENT
    }

    /**
     * One feature's contribution to a label's score.
     *
     * @param feature      the feature's name as the model knows it (e.g. {@code w:said})
     * @param description  the feature in words (e.g. {@code word "said"})
     * @param value        the feature's value for the sentence (1 for a feature it simply has)
     * @param contribution weight × value: positive pushes towards the label, negative against it
     */
    public record Contribution(String feature, String description, double value, double contribution) {
        /**
         * The contribution in one phrase: {@code +0.72 word "says"}, with the feature's value in
         * brackets when it is not 1 ({@code +0.24 mean QUOTATION probability of ... (0.51)}).
         */
        public String summary() {
            String head = String.format(java.util.Locale.ROOT, "%+.2f %s", contribution, description);
            return value == 1.0 ? head : head + String.format(java.util.Locale.ROOT, " (%.2f)", value);
        }
    }

    /**
     * The evidence for one label in one stage: {@code score == bias + the sum of every
     * contribution} (up to floating-point rounding).
     *
     * @param label         the label
     * @param stage         the stage
     * @param score         the label's linear score in that stage (before the softmax)
     * @param bias          the label's intercept
     * @param contributions every non-zero contribution, largest magnitude first
     */
    public record Evidence(Label label, Stage stage, double score, double bias, List<Contribution> contributions) {
        /** Copies the list. */
        public Evidence {
            contributions = List.copyOf(contributions);
        }

        /** The {@code n} contributions that push most towards the label, largest first. */
        public List<Contribution> toward(int n) {
            return contributions.stream().filter(c -> c.contribution() > 0).limit(n).toList();
        }

        /** The {@code n} contributions that push most against the label, largest first. */
        public List<Contribution> against(int n) {
            return contributions.stream().filter(c -> c.contribution() < 0).limit(n).toList();
        }

        /** The {@code n} contributions of largest magnitude, either way. */
        public List<Contribution> top(int n) {
            return contributions.stream().limit(n).toList();
        }
    }

    /** The evidence for {@code label} in {@code stage}, if the explanation holds it. */
    public java.util.Optional<Evidence> evidence(Label label, Stage stage) {
        return evidence.stream().filter(e -> e.label() == label && e.stage() == stage).findFirst();
    }

    /** The evidence for the predicted label in the stage that decided it. */
    public Evidence decisive() {
        return evidence.get(0);
    }

    /** Largest contribution first (by absolute value), then by feature name. */
    public static final Comparator<Contribution> BY_MAGNITUDE = Comparator
            .comparingDouble((Contribution c) -> -Math.abs(c.contribution())).thenComparing(Contribution::feature);
}
