package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.Manifest;
import dev.thresher.data.LabeledDocument;
import dev.thresher.model.Pipeline;
import dev.thresher.train.ModelTrainer;
import java.util.List;

/**
 * Two model bundles scored on the same documents, end to end and on gold segmentation, with
 * the per-label differences (B minus A) and a paired view of the end-to-end predictions: which
 * sentences only one of them gets right, McNemar's exact test on those, and a paired bootstrap
 * interval for the macro-F1 difference.
 *
 * @param nameA            how A was named
 * @param nameB            how B was named
 * @param manifestA        A's manifest
 * @param manifestB        B's manifest
 * @param data             the documents' folder
 * @param documents        how many documents
 * @param dataHash         their hash
 * @param a                A's figures
 * @param b                B's figures
 * @param onlyA            gold sentences A labels right and B wrong (end to end)
 * @param onlyB            gold sentences B labels right and A wrong
 * @param bothWrong        gold sentences both label wrong
 * @param disagreements    gold sentences the two label differently
 * @param mcNemarP         two-sided exact McNemar p-value of {@code onlyA} vs {@code onlyB}
 * @param differenceInterval 95% paired bootstrap interval of B's macro-F1 minus A's (end to end)
 * @param disagreeing      the gold sentences the two label differently, end to end, in document order
 */
public record ModelComparison(String nameA, String nameB, Manifest manifestA, Manifest manifestB, String data,
                              int documents, String dataHash, Evaluator.Result a, Evaluator.Result b, int onlyA,
                              int onlyB, int bothWrong, int disagreements, double mcNemarP,
                              Bootstrap.Interval differenceInterval, List<Disagreement> disagreeing) {
    /** Copies the list. */
    public ModelComparison {
        disagreeing = List.copyOf(disagreeing);
    }

    /**
     * A gold sentence the models label differently.
     *
     * @param a A's judgement of it
     * @param b B's judgement of it
     */
    public record Disagreement(Judgement a, Judgement b) {
    }

    /** Scores both models on {@code documents}. */
    public static ModelComparison of(String nameA, Pipeline a, String nameB, Pipeline b, String data,
                                     List<LabeledDocument> documents) {
        List<DocumentRun> runsA = new Evaluator(a).run(documents);
        List<DocumentRun> runsB = new Evaluator(b).run(documents);
        int onlyA = 0;
        int onlyB = 0;
        int bothWrong = 0;
        int disagreements = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<Label> gold = runsA.get(d).gold();
            List<Label> la = runsA.get(d).endToEndLabels();
            List<Label> lb = runsB.get(d).endToEndLabels();
            for (int i = 0; i < gold.size(); i++) {
                boolean ra = la.get(i) == gold.get(i);
                boolean rb = lb.get(i) == gold.get(i);
                if (ra && !rb) {
                    onlyA++;
                } else if (rb && !ra) {
                    onlyB++;
                } else if (!ra) {
                    bothWrong++;
                }
                if (la.get(i) != lb.get(i)) {
                    disagreements++;
                }
            }
        }
        List<Judgement> ja = Judgement.of(runsA);
        List<Judgement> jb = Judgement.of(runsB);
        List<Disagreement> disagreeing = new java.util.ArrayList<>();
        for (int i = 0; i < ja.size(); i++) {
            if (!ja.get(i).predicted().equals(jb.get(i).predicted())) {
                disagreeing.add(new Disagreement(ja.get(i), jb.get(i)));
            }
        }
        return new ModelComparison(nameA, nameB, a.bundle().manifest(), b.bundle().manifest(), data, documents.size(),
                ModelTrainer.hash(documents), Evaluator.score(runsA), Evaluator.score(runsB), onlyA, onlyB, bothWrong,
                disagreements, mcNemar(onlyA, onlyB), Bootstrap.macroF1Difference(Bootstrap.endToEnd(runsB), Bootstrap.endToEnd(runsA)),
                disagreeing);
    }

    /**
     * The two-sided exact McNemar p-value: under "both models are equally good", each sentence
     * only one model gets right is equally likely to favour either, so the smaller count is
     * binomial(n = b + c, 1/2).
     */
    static double mcNemar(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return 1;
        }
        int k = Math.min(b, c);
        double logTerm = -n * Math.log(2);
        double tail = 0;
        for (int i = 0; i <= k; i++) {
            tail += Math.exp(logTerm);
            logTerm += Math.log((double) (n - i) / (i + 1));
        }
        return Math.min(1, 2 * tail);
    }
}
