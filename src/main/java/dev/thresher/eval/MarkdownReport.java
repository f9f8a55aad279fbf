package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.Manifest;
import dev.thresher.data.DataSummary;
import dev.thresher.features.FeatureGroup;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link Report} as Markdown; every figure goes through {@link Fmt}. */
final class MarkdownReport {
    /** Longest example sentence shown in full; longer ones are cut (the JSON has them whole). */
    static final int MAX_SENTENCE = 220;

    private final StringBuilder b = new StringBuilder();
    private final Report r;

    private MarkdownReport(Report report) {
        this.r = report;
    }

    static void write(Report report, Writer out) throws IOException {
        out.write(new MarkdownReport(report).render());
        out.flush();
    }

    private String render() {
        Provenance p = r.provenance();
        line("# Thresher evaluation report");
        line("");
        line("Model: " + modelLine(p) + ". Data: `" + p.data() + "`, " + r.data().documents() + " documents, "
                + r.data().sentences() + " gold sentences.");
        line("");
        headline();
        data();
        scores("2. End to end", "Raw `.txt` through the segmenter; each gold sentence takes the label of the "
                + "predicted sentence that overlaps it most.", r.scores().endToEnd(), true);
        scores("3. Gold segmentation", "The classifier fed the gold sentences: the gap to end to end is what "
                + "segmentation costs.", r.scores().goldSegmentation(), false);
        segmentation();
        cleaning();
        baselines();
        crossValidation();
        confidence();
        errors();
        ablation();
        provenance();
        return b.toString();
    }

    private void headline() {
        line("## Summary");
        line("");
        line("| figure | value |");
        line("|---|---:|");
        LabelScores e2e = r.scores().endToEnd();
        row("end-to-end macro-F1", Fmt.f3(e2e.macroF1()));
        row("end-to-end macro-F1, 95% interval", Fmt.f3(r.macroF1Interval().low()) + " to "
                + Fmt.f3(r.macroF1Interval().high()));
        row("end-to-end accuracy", Fmt.f3(e2e.accuracy()));
        row("gold-segmentation macro-F1", Fmt.f3(r.scores().goldSegmentation().macroF1()));
        row("sentence-boundary F1", Fmt.f3(r.scores().segmentation().f1()));
        row("clean-text token F1", Fmt.f3(r.cleaning().f1()));
        row("boilerplate leakage / content loss", Fmt.f3(r.cleaning().leakage()) + " / "
                + Fmt.f3(r.cleaning().contentLoss()));
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            row("lead over " + e.name() + " baseline (macro-F1 " + Fmt.f3(e.endToEnd().macroF1()) + ")",
                    Fmt.signed3(e.lead()));
        }
        if (r.crossValidation() != null) {
            CrossValidation.Result cv = r.crossValidation();
            row(cv.k() + "-fold cross-validation macro-F1 (mean ± std)", Fmt.f3(cv.macroF1().mean()) + " ± "
                    + Fmt.f3(cv.macroF1().std()));
        }
        row("expected calibration error", Fmt.f3(r.reliability().ece()));
        line("");
        for (String note : r.notes()) {
            line("> " + note);
            line("");
        }
    }

    private void data() {
        DataSummary d = r.data();
        line("## 1. Data");
        line("");
        line(d.documents() + " documents, " + d.sentences() + " gold sentences.");
        line("");
        line("| label | sentences | share |");
        line("|---|---:|---:|");
        for (Label l : Label.values()) {
            row(l.name(), Integer.toString(d.labels().get(l)), Fmt.f3(d.share(l)));
        }
        line("");
        if (d.documentsWithMetadata() == 0) {
            line("No `documents.tsv` metadata was found for these documents.");
        } else {
            line(d.documentsWithMetadata() + " of " + d.documents() + " documents have a row in `documents.tsv`.");
            line("");
            line("- genres (" + d.genres().size() + "): " + counts(d.genres()));
            line("- topics (" + d.topics().size() + "): " + counts(d.topics()));
            line("- sites (" + d.sites().size() + "): " + counts(d.sites()));
        }
        line("");
    }

    private void scores(String title, String explanation, LabelScores s, boolean interval) {
        line("## " + title);
        line("");
        line(explanation);
        line("");
        String ci = interval ? " (95% bootstrap interval " + Fmt.f3(r.macroF1Interval().low()) + " to "
                + Fmt.f3(r.macroF1Interval().high()) + ", documents resampled)" : "";
        line("Accuracy **" + Fmt.f3(s.accuracy()) + "**, macro-F1 **" + Fmt.f3(s.macroF1()) + "**" + ci + " over "
                + s.sentences() + " sentences.");
        line("");
        line("| label | precision | recall | F1 | support |");
        line("|---|---:|---:|---:|---:|");
        for (Label l : Label.values()) {
            LabelScores.PerLabel p = s.perLabel().get(l);
            row(l.name(), Fmt.f3(p.precision()), Fmt.f3(p.recall()), Fmt.f3(p.f1()), Integer.toString(p.support()));
        }
        line("");
        line("Confusion matrix (rows: gold, columns: predicted)");
        line("");
        StringBuilder header = new StringBuilder("| gold \\ predicted |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Label l : Label.values()) {
            header.append(' ').append(l).append(" |");
            rule.append("---:|");
        }
        line(header.toString());
        line(rule.toString());
        for (Label g : Label.values()) {
            StringBuilder row = new StringBuilder("| " + g + " |");
            for (Label p : Label.values()) {
                row.append(' ').append(s.confusion().get(g).get(p)).append(" |");
            }
            line(row.toString());
        }
        line("");
    }

    private void segmentation() {
        Evaluator.SegmentationScores s = r.scores().segmentation();
        line("## 4. Segmentation");
        line("");
        line("A boundary is the start of every sentence after a document's first; a predicted boundary is right "
                + "when a gold sentence starts there.");
        line("");
        line("| gold sentences | predicted sentences | boundary precision | boundary recall | boundary F1 |");
        line("|---:|---:|---:|---:|---:|");
        row(Integer.toString(s.goldSentences()), Integer.toString(s.predictedSentences()), Fmt.f3(s.precision()),
                Fmt.f3(s.recall()), Fmt.f3(s.f1()));
        line("");
    }

    private void cleaning() {
        CleaningScores c = r.cleaning();
        line("## 5. Cleaning");
        line("");
        line("`clean()` output against the gold non-boilerplate text of each document, as bags of word tokens "
                + "(runs of letters and digits), pooled over documents. Leakage: kept tokens beyond the gold "
                + "content, over gold boilerplate tokens. Content loss: gold content tokens not kept (1 - recall).");
        line("");
        line("| output | precision | recall | F1 | boilerplate leakage | content loss |");
        line("|---|---:|---:|---:|---:|---:|");
        cleaningRow("Thresher `clean()`", c);
        cleaningRow("text unchanged (no cleaning)", r.keepEverything());
        line("");
        line("Gold content tokens " + c.goldContentTokens() + ", gold boilerplate tokens " + c.goldBoilerplateTokens()
                + ", kept tokens " + c.keptTokens() + ", matched " + c.matchedTokens() + ".");
        line("");
    }

    private void cleaningRow(String name, CleaningScores c) {
        row(name, Fmt.f3(c.precision()), Fmt.f3(c.recall()), Fmt.f3(c.f1()), Fmt.f3(c.leakage()),
                Fmt.f3(c.contentLoss()));
    }

    private void baselines() {
        BaselineComparison bc = r.baselines();
        line("## 6. Baselines");
        line("");
        line("Same documents and, end to end, the same sentences (Thresher's segmenter); per-label figures are F1 "
                + "end to end. Lead: Thresher's end-to-end macro-F1 minus the baseline's, with a 95% paired "
                + "bootstrap interval.");
        line("");
        StringBuilder header = new StringBuilder("| model | accuracy | macro-F1 |");
        StringBuilder rule = new StringBuilder("|---|---:|---:|");
        for (Label l : Label.values()) {
            header.append(' ').append(l).append(" F1 |");
            rule.append("---:|");
        }
        header.append(" macro-F1 (gold segmentation) | Thresher's lead | lead, 95% interval |");
        rule.append("---:|---:|---:|");
        line(header.toString());
        line(rule.toString());
        baselineRow("**Thresher**", r.scores().endToEnd(), r.scores().goldSegmentation(), "", "");
        for (BaselineComparison.Entry e : bc.entries()) {
            baselineRow(e.name(), e.endToEnd(), e.goldSegmentation(), Fmt.signed3(e.lead()),
                    Fmt.signed3(e.leadInterval().low()) + " to " + Fmt.signed3(e.leadInterval().high()));
        }
        line("");
        for (BaselineComparison.Entry e : bc.entries()) {
            line("- " + e.name() + ": " + e.description());
        }
        line("");
    }

    private void baselineRow(String name, LabelScores e2e, LabelScores gold, String lead, String interval) {
        StringBuilder row = new StringBuilder("| " + name + " | " + Fmt.f3(e2e.accuracy()) + " | "
                + Fmt.f3(e2e.macroF1()) + " |");
        for (Label l : Label.values()) {
            row.append(' ').append(Fmt.f3(e2e.perLabel().get(l).f1())).append(" |");
        }
        row.append(' ').append(Fmt.f3(gold.macroF1())).append(" | ").append(lead).append(" | ").append(interval)
                .append(" |");
        line(row.toString());
    }

    private void crossValidation() {
        line("## 7. Cross-validation");
        line("");
        CrossValidation.Result cv = r.crossValidation();
        if (cv == null) {
            line("Not run: " + r.skipped().get(Report.CROSS_VALIDATION) + ".");
            line("");
            return;
        }
        line(cv.k() + "-fold by document on train+dev (" + cv.documents() + " documents, " + cv.sentences()
                + " sentences, " + cv.dataHash() + "); documents shuffled with seed " + cv.seed()
                + "; each fold scored end to end by a model trained on the other folds with the evaluated "
                + "model's features and settings. Standard deviation over folds (n - 1).");
        line("");
        line("| fold | train documents | held-out documents | held-out sentences | accuracy | macro-F1 |");
        line("|---:|---:|---:|---:|---:|---:|");
        for (CrossValidation.Fold f : cv.folds()) {
            row(Integer.toString(f.fold()), Integer.toString(f.trainDocuments()), Integer.toString(f.testDocuments()),
                    Integer.toString(f.testSentences()), Fmt.f3(f.accuracy()), Fmt.f3(f.macroF1()));
        }
        row("**mean ± std**", "", "", "", Fmt.f3(cv.accuracy().mean()) + " ± " + Fmt.f3(cv.accuracy().std()),
                Fmt.f3(cv.macroF1().mean()) + " ± " + Fmt.f3(cv.macroF1().std()));
        line("");
    }

    private void confidence() {
        Reliability rel = r.reliability();
        line("## 8. Confidence");
        line("");
        line("End-to-end predictions, one per gold sentence, binned by the model's confidence (probability of the "
                + "predicted label). Expected calibration error **" + Fmt.f3(rel.ece()) + "**.");
        line("");
        line("| confidence | predictions | mean confidence | observed accuracy |");
        line("|---|---:|---:|---:|");
        for (Reliability.Bin bin : rel.bins()) {
            row(Fmt.f3(bin.lower()) + " to " + Fmt.f3(bin.upper()), Integer.toString(bin.count()),
                    Fmt.f3(bin.meanConfidence()), Fmt.f3(bin.accuracy()));
        }
        line("");
        line("Abstaining below a confidence threshold:");
        line("");
        line("| answer when confidence ≥ | answered | coverage | accuracy |");
        line("|---:|---:|---:|---:|");
        for (Reliability.Abstention a : rel.abstention()) {
            row(Fmt.f3(a.threshold()), Integer.toString(a.answered()), Fmt.f3(a.coverage()), Fmt.f3(a.accuracy()));
        }
        line("");
    }

    private void errors() {
        ErrorAnalysis e = r.errors();
        line("## 9. Errors");
        line("");
        line(e.errors() + " end-to-end mistakes. The most frequent confusions, each with its most confident "
                + "mistakes (from different documents where possible):");
        line("");
        for (ErrorAnalysis.Confusion c : e.confusions()) {
            line("### " + c.gold() + " predicted as " + c.predicted() + ": " + c.count() + " (share of mistakes "
                    + Fmt.f3(c.shareOfErrors()) + ")");
            line("");
            line("| document | row | gold | predicted | confidence | sentence "
                    + "| why (features that pushed most towards the predicted label) |");
            line("|---|---:|---|---|---:|---|---|");
            for (ErrorAnalysis.Example x : c.examples()) {
                row(x.document(), Integer.toString(x.row()), x.gold().name(), x.predicted().name(),
                        Fmt.f3(x.confidence()), cell(x.sentence()), cell(String.join("; ", x.why())));
            }
            line("");
        }
    }

    private void ablation() {
        line("## 10. Feature ablation");
        line("");
        Ablation.Result a = r.ablation();
        if (a == null) {
            line("Not run: " + r.skipped().get(Report.ABLATION) + ".");
            line("");
            return;
        }
        line("Each feature group left out in turn: a model trained on the train split (" + a.trainDocuments()
                + " documents, " + a.trainHash() + ") with the same settings, scored end to end on these documents. "
                + "Full model: " + a.referenceFeatures() + " features, accuracy " + Fmt.f3(a.referenceAccuracy())
                + ", macro-F1 " + Fmt.f3(a.referenceMacroF1()) + (a.referenceIsEvaluatedModel()
                ? " (the evaluated model itself)." : " (retrained: the evaluated model was trained on other data "
                + "or settings)."));
        line("Negative changes mean the group helps; the interval is a 95% paired bootstrap over documents.");
        line("");
        line("| group left out | prefix | features removed | accuracy | macro-F1 | accuracy change | macro-F1 change "
                + "| macro-F1 change, 95% interval |");
        line("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Ablation.Row row : a.rows()) {
            FeatureGroup g = row.group();
            row(g.name(), "`" + g.prefix() + "`", Integer.toString(row.featuresRemoved()), Fmt.f3(row.accuracy()),
                    Fmt.f3(row.macroF1()), Fmt.signed3(row.deltaAccuracy()), Fmt.signed3(row.deltaMacroF1()),
                    Fmt.signed3(row.deltaInterval().low()) + " to " + Fmt.signed3(row.deltaInterval().high()));
        }
        line("");
    }

    private void provenance() {
        Provenance p = r.provenance();
        Manifest m = p.model();
        line("## 11. Provenance");
        line("");
        line("- model: " + p.modelSource() + "; Thresher " + m.thresherVersion() + ", Tribuo " + m.tribuoVersion()
                + ", OpenNLP " + m.opennlpVersion() + ", bundle format " + m.format());
        line("- model training: " + m.documents() + " documents / " + m.sentences() + " sentences, "
                + m.trainingData() + ", seed " + m.seed());
        line("- hyperparameters: " + new TreeMap<>(m.hyperparameters()));
        line("- evaluated data: `" + p.data() + "`, " + p.dataHash());
        line("- command: `" + p.command() + "`");
        line("- Java: " + p.java());
        line("- generated: " + (p.generated() == null ? "n/a" : p.generated()));
        line("- run time: " + (Double.isNaN(p.runSeconds()) ? "n/a" : Fmt.f3(p.runSeconds()) + " s"));
    }

    private static String modelLine(Provenance p) {
        Manifest m = p.model();
        return p.modelSource() + " (Thresher " + m.thresherVersion() + ", seed " + m.seed() + ", trained on "
                + m.documents() + " documents)";
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(e.getKey()).append(" (").append(e.getValue()).append(')');
        }
        return s.toString();
    }

    /** A sentence fit for a table cell: pipes escaped, cut when very long. */
    private static String cell(String sentence) {
        String s = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE - 1) + "…" : sentence;
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`");
    }

    private void row(String... cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c).append(" |");
        }
        b.append('\n');
    }

    private void line(String s) {
        b.append(s).append('\n');
    }
}
