package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.data.LabeledDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Baselines scored on the same documents as Thresher. End to end, a baseline labels the very
 * sentences Thresher's segmenter found (so the comparison isolates the classifier), aligned to
 * the gold sentences the same way; on gold segmentation it labels the gold sentences.
 *
 * @param thresherMacroF1 Thresher's end-to-end macro-F1 on the same documents
 * @param entries         one entry per baseline, in the order given
 */
public record BaselineComparison(double thresherMacroF1, List<Entry> entries) {
    /** Copies the list. */
    public BaselineComparison {
        entries = List.copyOf(entries);
    }

    /**
     * One baseline's figures.
     *
     * @param name             the baseline's short name
     * @param description      what it does and what it was trained on
     * @param endToEnd         its figures end to end
     * @param goldSegmentation its figures on the gold sentences
     * @param lead             Thresher's end-to-end macro-F1 minus the baseline's
     * @param leadInterval     a 95% paired bootstrap interval for the lead (documents resampled)
     */
    public record Entry(String name, String description, LabelScores endToEnd, LabelScores goldSegmentation,
                        double lead, Bootstrap.Interval leadInterval) {
    }

    /** Runs every baseline over the documents of {@code runs}, Thresher's runs of them. */
    public static BaselineComparison run(List<DocumentRun> runs, List<Baseline> baselines) {
        List<Label> gold = new ArrayList<>();
        for (DocumentRun run : runs) {
            gold.addAll(run.gold());
        }
        List<int[][]> thresherPerDocument = Bootstrap.endToEnd(runs);
        double thresher = LabelScores.of(gold, endToEnd(runs)).macroF1();
        List<Entry> entries = new ArrayList<>();
        for (Baseline baseline : baselines) {
            List<Label> e2e = new ArrayList<>();
            List<Label> onGold = new ArrayList<>();
            List<int[][]> perDocument = new ArrayList<>();
            for (DocumentRun run : runs) {
                LabeledDocument doc = run.document();
                List<LabeledSentence> predicted = new ArrayList<>(run.predicted().size());
                for (LabeledSentence s : run.predicted()) {
                    predicted.add(baseline.label(s.text(), s.start()));
                }
                List<Label> docLabels = new ArrayList<>();
                for (LabeledSentence s : Alignment.byOverlap(doc.sentences(), predicted)) {
                    docLabels.add(s == null ? Label.CLAIM : s.label());
                }
                e2e.addAll(docLabels);
                perDocument.add(Bootstrap.confusion(run.gold(), docLabels));
                for (var g : doc.sentences()) {
                    onGold.add(baseline.label(doc.text().substring(g.start(), g.end()), g.start()).label());
                }
            }
            LabelScores scores = LabelScores.of(gold, e2e);
            entries.add(new Entry(baseline.name(), baseline.description(), scores, LabelScores.of(gold, onGold),
                    thresher - scores.macroF1(), Bootstrap.macroF1Difference(thresherPerDocument, perDocument)));
        }
        return new BaselineComparison(thresher, entries);
    }

    private static List<Label> endToEnd(List<DocumentRun> runs) {
        List<Label> out = new ArrayList<>();
        for (DocumentRun run : runs) {
            out.addAll(run.endToEndLabels());
        }
        return out;
    }
}
