package dev.thresher.eval;

import dev.thresher.Manifest;
import java.util.ArrayList;
import java.util.List;

/**
 * Two models scored on the same {@code gold.tsv} folder (see {@link GoldEvaluation}): per-label
 * differences, the sentences only one gets right with McNemar's exact test, and the sentences
 * they label differently.
 *
 * @param nameA     how A was named
 * @param nameB     how B was named
 * @param manifestA A's manifest
 * @param manifestB B's manifest
 * @param a         A's evaluation
 * @param b         B's evaluation
 */
public record GoldComparison(String nameA, String nameB, Manifest manifestA, Manifest manifestB, GoldEvaluation a,
                             GoldEvaluation b) {
    /** Checks both evaluations judged the same sentences. */
    public GoldComparison {
        if (a.judgements().size() != b.judgements().size()) {
            throw new IllegalArgumentException("the two evaluations judged different sentences");
        }
    }

    /** The sentences the models label differently, in document order. */
    public List<ModelComparison.Disagreement> disagreeing() {
        List<ModelComparison.Disagreement> out = new ArrayList<>();
        for (int i = 0; i < a.judgements().size(); i++) {
            Judgement ja = a.judgements().get(i);
            Judgement jb = b.judgements().get(i);
            if (!ja.predicted().equals(jb.predicted())) {
                out.add(new ModelComparison.Disagreement(ja, jb));
            }
        }
        return out;
    }

    /** A 95% paired bootstrap interval of B's macro-F1 minus A's (documents resampled). */
    public Bootstrap.Interval differenceInterval() {
        List<List<Judgement>> da = GoldEvaluation.byDocument(a.judgements());
        List<List<Judgement>> db = GoldEvaluation.byDocument(b.judgements());
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < da.size(); i++) {
            indices.add(i);
        }
        return Bootstrap.of(indices, sample -> {
            List<Judgement> ja = new ArrayList<>();
            List<Judgement> jb = new ArrayList<>();
            for (int i : sample) {
                ja.addAll(da.get(i));
                jb.addAll(db.get(i));
            }
            return GoldScores.of(b.labels(), jb).macroF1() - GoldScores.of(a.labels(), ja).macroF1();
        });
    }

    /** {only A right, only B right, both wrong}. */
    public int[] paired() {
        int[] out = new int[3];
        for (int i = 0; i < a.judgements().size(); i++) {
            boolean ra = a.judgements().get(i).correct();
            boolean rb = b.judgements().get(i).correct();
            if (ra && !rb) {
                out[0]++;
            } else if (rb && !ra) {
                out[1]++;
            } else if (!ra) {
                out[2]++;
            }
        }
        return out;
    }
}
