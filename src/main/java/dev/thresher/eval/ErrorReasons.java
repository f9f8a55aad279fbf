package dev.thresher.eval;

import dev.thresher.Explanation;
import dev.thresher.LabeledSentence;
import dev.thresher.model.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a wrong prediction for the report: the contributions that pushed most towards the
 * predicted label, from the stage that decided it and from the sentence stage (the sentence's own
 * words and cues).
 */
final class ErrorReasons implements ErrorAnalysis.Why {
    /** Contributions shown per stage. */
    static final int TOP = 3;

    private final Pipeline thresher;

    ErrorReasons(Pipeline thresher) {
        this.thresher = thresher;
    }

    @Override
    public List<String> explain(DocumentRun run, int index) {
        LabeledSentence predicted = run.aligned().get(index);
        if (predicted == null) {
            return List.of();
        }
        for (Explanation e : thresher.explain(run.document().text())) {
            if (e.sentence().start() == predicted.start() && e.sentence().end() == predicted.end()) {
                return reasons(e);
            }
        }
        return List.of();
    }

    /** The contributions that pushed most towards the predicted label, as {@code +1.23 description}. */
    static List<String> reasons(Explanation e) {
        List<String> out = new ArrayList<>();
        for (Explanation.Evidence ev : e.evidence()) {
            if (ev.label() != e.sentence().label()) {
                continue;
            }
            for (Explanation.Contribution c : ev.toward(TOP)) {
                out.add(c.summary());
            }
        }
        return out;
    }
}
