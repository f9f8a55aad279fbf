package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.data.DataSummary;
import dev.thresher.eval.ReportModel.Figure;
import dev.thresher.eval.ReportModel.Kind;
import dev.thresher.eval.ReportModel.SectionBuilder;
import dev.thresher.eval.ReportModel.TableBuilder;
import dev.thresher.features.FeatureGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a {@link Report} on our own dataset format into its {@link ReportModel}. */
final class EvaluationSections {
    private EvaluationSections() {
    }

    static ReportModel of(Report r) {
        List<ReportModel.Section> s = new ArrayList<>();
        s.add(data(r));
        s.add(Sections.scores("e2e", "End to end", "Raw text through the segmenter; each gold sentence takes the "
                + "label of the predicted sentence that overlaps it most.", r.scores().endToEnd(), r.macroF1Interval()));
        s.add(Sections.scores("gold", "Gold segmentation", "The classifier fed the gold sentences: the gap to end to "
                + "end is what segmentation costs.", r.scores().goldSegmentation(), null));
        s.add(segmentation(r));
        s.add(cleaning(r));
        s.add(baselines(r));
        s.add(crossValidation(r));
        s.add(confidence(r.reliability()));
        s.add(Sections.thresholds(r.views()));
        s.add(Sections.groups(r.views()));
        s.add(Sections.documents(r.views()));
        s.add(errors(r.errors()));
        s.add(Sections.browser(r.judgements()));
        s.add(ablation(r));
        s.add(Sections.samples(r.samples(), Sections.names()));
        s.add(Sections.provenance(r.provenance(), Map.of()));
        return new ReportModel("Thresher evaluation report",
                Sections.lead(r.provenance(), r.data().documents(), r.data().sentences()), headline(r), r.notes(), s);
    }

    private static List<Figure> headline(Report r) {
        List<Figure> h = new ArrayList<>();
        LabelScores e2e = r.scores().endToEnd();
        h.add(new Figure("endToEnd.macroF1", "end-to-end macro-F1", Kind.NUMBER, Fmt.n3(e2e.macroF1()), null));
        h.add(new Figure("endToEnd.macroF1Interval", "end-to-end macro-F1, 95% interval", Kind.CI,
                ReportModel.Range.of(r.macroF1Interval().low(), r.macroF1Interval().high()), null));
        h.add(new Figure("endToEnd.accuracy", "end-to-end accuracy", Kind.NUMBER, Fmt.n3(e2e.accuracy()), null));
        h.add(new Figure("goldSegmentation.macroF1", "gold-segmentation macro-F1", Kind.NUMBER, Fmt.n3(r.scores().goldSegmentation().macroF1()), null));
        h.add(new Figure("segmentation.f1", "sentence-boundary F1", Kind.NUMBER, Fmt.n3(r.scores().segmentation().f1()), null));
        h.add(new Figure("cleaning.f1", "clean-text token F1", Kind.NUMBER, Fmt.n3(r.cleaning().f1()), null));
        h.add(new Figure("cleaning.leakage", "boilerplate leakage", Kind.NUMBER, Fmt.n3(r.cleaning().leakage()), null));
        h.add(new Figure("cleaning.contentLoss", "content loss", Kind.NUMBER, Fmt.n3(r.cleaning().contentLoss()), null));
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            h.add(new Figure("lead." + e.name(), "lead over the " + e.name() + " baseline", Kind.SIGNED, Fmt.n3(e.lead()), null));
        }
        if (r.crossValidation() != null) {
            CrossValidation.Result cv = r.crossValidation();
            h.add(new Figure("crossValidation.macroF1", cv.k() + "-fold cross-validation macro-F1 (mean ± std)", Kind.MEAN_STD,
                    ReportModel.MeanStd.of(cv.macroF1().mean(), cv.macroF1().std()), null));
        }
        h.add(new Figure("confidence.ece", "expected calibration error", Kind.NUMBER, Fmt.n3(r.reliability().ece()), null));
        return h;
    }

    private static ReportModel.Section data(Report r) {
        DataSummary d = r.data();
        SectionBuilder b = new SectionBuilder("data", "Data").prose(d.documents() + " documents, " + d.sentences()
                + " gold sentences.");
        TableBuilder t = new TableBuilder(null).column("label", Kind.TEXT).column("sentences", Kind.COUNT)
                .column("share", Kind.NUMBER);
        for (Label l : Label.values()) {
            t.row(l.name(), d.labels().get(l), d.share(l));
        }
        b.table(t.build());
        if (d.documentsWithMetadata() == 0) {
            b.prose("No `documents.tsv` metadata was found for these documents.");
        } else {
            b.prose(d.documentsWithMetadata() + " of " + d.documents() + " documents have a row in `documents.tsv`.");
            b.table(counts("genre", d.genres())).table(counts("topic", d.topics())).table(counts("site", d.sites()));
        }
        return b.build();
    }

    private static ReportModel.Table counts(String name, Map<String, Integer> counts) {
        TableBuilder t = new TableBuilder(name + "s (" + counts.size() + ")").column(name, Kind.TEXT)
                .column("documents", Kind.COUNT);
        counts.forEach(t::row);
        return t.build();
    }

    private static ReportModel.Section segmentation(Report r) {
        Evaluator.SegmentationScores s = r.scores().segmentation();
        return new SectionBuilder("seg", "Segmentation").prose("A boundary is the start of every sentence after a "
                + "document's first; a predicted boundary is right when a gold sentence starts there.")
                .table(new TableBuilder(null).column("gold sentences", Kind.COUNT).column("predicted sentences", Kind.COUNT)
                        .column("boundary precision", Kind.NUMBER).column("boundary recall", Kind.NUMBER)
                        .column("boundary F1", Kind.NUMBER)
                        .row(s.goldSentences(), s.predictedSentences(), s.precision(), s.recall(), s.f1()).build())
                .build();
    }

    private static ReportModel.Section cleaning(Report r) {
        CleaningScores c = r.cleaning();
        TableBuilder t = new TableBuilder(null).column("output", Kind.TEXT).column("precision", Kind.NUMBER)
                .column("recall", Kind.NUMBER).column("F1", Kind.NUMBER).column("boilerplate leakage", Kind.NUMBER)
                .column("content loss", Kind.NUMBER);
        t.emphasisedRow("Thresher clean()", c.precision(), c.recall(), c.f1(), c.leakage(), c.contentLoss());
        CleaningScores k = r.keepEverything();
        t.row("text unchanged (no cleaning)", k.precision(), k.recall(), k.f1(), k.leakage(), k.contentLoss());
        TableBuilder tokens = new TableBuilder(null).column("gold content tokens", Kind.COUNT)
                .column("gold boilerplate tokens", Kind.COUNT).column("kept tokens", Kind.COUNT)
                .column("matched tokens", Kind.COUNT)
                .row(c.goldContentTokens(), c.goldBoilerplateTokens(), c.keptTokens(), c.matchedTokens());
        return new SectionBuilder("clean", "Cleaning").prose("`clean()` output against the gold non-boilerplate text "
                + "of each document, as bags of word tokens (runs of letters and digits), pooled over documents. "
                + "Leakage: kept tokens beyond the gold content, over gold boilerplate tokens. Content loss: gold "
                + "content tokens not kept (1 - recall).").table(t.build()).table(tokens.build()).build();
    }

    private static ReportModel.Section baselines(Report r) {
        SectionBuilder b = new SectionBuilder("baselines", "Baselines").prose("Same documents and, end to end, the "
                + "same sentences (Thresher's segmenter); per-label figures are F1 end to end. Lead: Thresher's "
                + "end-to-end macro-F1 minus the baseline's, with a 95% paired bootstrap interval.");
        TableBuilder t = new TableBuilder(null).column("model", Kind.TEXT).column("accuracy", Kind.NUMBER)
                .column("macro-F1", Kind.NUMBER);
        for (Label l : Label.values()) {
            t.column(l + " F1", Kind.NUMBER);
        }
        t.column("macro-F1 (gold segmentation)", Kind.NUMBER).column("Thresher's lead", Kind.SIGNED)
                .column("lead, 95% interval", Kind.SIGNED_CI);
        t.emphasisedRow(baselineRow("Thresher", r.scores().endToEnd(), r.scores().goldSegmentation(), null));
        List<String> categories = new ArrayList<>(Sections.names());
        categories.add("macro-F1");
        List<SvgCharts.Series> series = new ArrayList<>();
        series.add(new SvgCharts.Series("Thresher", f1s(r.scores().endToEnd())));
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            t.row(baselineRow(e.name(), e.endToEnd(), e.goldSegmentation(), e));
            b.prose("**" + e.name() + "**: " + e.description());
            series.add(new SvgCharts.Series(e.name(), f1s(e.endToEnd())));
        }
        return b.table(t.build()).chart(SvgCharts.groupedBars(categories, series, "Per-label F1, end to end", "F1"))
                .build();
    }

    private static Object[] baselineRow(String name, LabelScores e2e, LabelScores gold, BaselineComparison.Entry e) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(e2e.accuracy());
        row.add(e2e.macroF1());
        for (Label l : Label.values()) {
            row.add(e2e.perLabel().get(l).f1());
        }
        row.add(gold.macroF1());
        row.add(e == null ? null : e.lead());
        row.add(e == null ? null : ReportModel.Range.of(e.leadInterval().low(), e.leadInterval().high()));
        return row.toArray();
    }

    private static List<Double> f1s(LabelScores s) {
        List<Double> out = new ArrayList<>();
        for (Label l : Label.values()) {
            out.add(s.perLabel().get(l).f1());
        }
        out.add(s.macroF1());
        return out;
    }

    private static ReportModel.Section crossValidation(Report r) {
        SectionBuilder b = new SectionBuilder("cv", "Cross-validation");
        CrossValidation.Result cv = r.crossValidation();
        if (cv == null) {
            return b.prose("Not run: " + r.skipped().get(Report.CROSS_VALIDATION) + ".").build();
        }
        b.prose(cv.k() + "-fold by document on train+dev (" + cv.documents() + " documents, " + cv.sentences()
                + " sentences, " + cv.dataHash() + "); documents shuffled with seed " + cv.seed()
                + "; each fold scored end to end by a model trained on the other folds with the evaluated "
                + "model's features and settings. Standard deviation over folds (n - 1).");
        TableBuilder t = new TableBuilder(null).column("fold", Kind.TEXT).column("train documents", Kind.COUNT)
                .column("held-out documents", Kind.COUNT).column("held-out sentences", Kind.COUNT)
                .column("accuracy", Kind.NUMBER).column("macro-F1", Kind.NUMBER);
        for (CrossValidation.Fold f : cv.folds()) {
            t.row(Integer.toString(f.fold()), f.trainDocuments(), f.testDocuments(), f.testSentences(),
                    f.accuracy(), f.macroF1());
        }
        t.emphasisedRow("mean ± std", null, null, null, ReportModel.MeanStd.of(cv.accuracy().mean(), cv.accuracy().std()),
                ReportModel.MeanStd.of(cv.macroF1().mean(), cv.macroF1().std()));
        return b.table(t.build()).build();
    }

    private static ReportModel.Section confidence(Reliability rel) {
        TableBuilder bins = new TableBuilder(null).column("confidence", Kind.CI).column("predictions", Kind.COUNT)
                .column("mean confidence", Kind.NUMBER).column("observed accuracy", Kind.NUMBER);
        for (Reliability.Bin bin : rel.bins()) {
            bins.row(ReportModel.Range.of(bin.lower(), bin.upper()), bin.count(), bin.meanConfidence(), bin.accuracy());
        }
        TableBuilder abstain = new TableBuilder("Abstaining below a confidence threshold")
                .column("answer when confidence ≥", Kind.NUMBER).column("answered", Kind.COUNT)
                .column("coverage", Kind.NUMBER).column("accuracy", Kind.NUMBER);
        for (Reliability.Abstention a : rel.abstention()) {
            abstain.row(a.threshold(), a.answered(), a.coverage(), a.accuracy());
        }
        TableBuilder ece = new TableBuilder(null).column("expected calibration error", Kind.NUMBER).row(rel.ece());
        return new SectionBuilder("confidence", "Confidence").prose("End-to-end predictions, one per gold sentence, "
                + "binned by the model's confidence (probability of the predicted label).").table(ece.build())
                .table(bins.build()).table(abstain.build()).chart(SvgCharts.reliability(rel, "Reliability diagram"))
                .build();
    }

    private static ReportModel.Section errors(ErrorAnalysis e) {
        SectionBuilder b = new SectionBuilder("errors", "Errors").prose(e.errors() + " end-to-end mistakes. The most "
                + "frequent confusions, each with its most confident mistakes (from different documents where "
                + "possible) and the features that pushed most towards the predicted label.");
        for (ErrorAnalysis.Confusion c : e.confusions()) {
            TableBuilder t = new TableBuilder(c.gold() + " predicted as " + c.predicted() + ": " + c.count()
                    + " mistakes").column("share of mistakes", Kind.NUMBER).column("document", Kind.TEXT)
                    .column("row", Kind.COUNT).column("confidence", Kind.NUMBER).column("sentence", Kind.TEXT)
                    .column("why", Kind.TEXT);
            boolean first = true;
            for (ErrorAnalysis.Example x : c.examples()) {
                t.row(first ? Fmt.n3(c.shareOfErrors()) : null, x.document(), x.row(), x.confidence(), x.sentence(),
                        String.join("; ", x.why()));
                first = false;
            }
            b.table(t.build());
        }
        return b.build();
    }

    private static ReportModel.Section ablation(Report r) {
        SectionBuilder b = new SectionBuilder("ablation", "Feature ablation");
        Ablation.Result a = r.ablation();
        if (a == null) {
            return b.prose("Not run: " + r.skipped().get(Report.ABLATION) + ".").build();
        }
        b.prose("Each feature group left out in turn: a model trained on the train split (" + a.trainDocuments()
                + " documents, " + a.trainHash() + ") with the same settings, scored end to end on these documents. "
                + "The reference is the full model " + (a.referenceIsEvaluatedModel()
                ? "(the evaluated model itself)." : "retrained on that split (the evaluated model was trained on other "
                + "data or settings, so its own figures are not the reference).")
                + " Negative changes mean the group helps; the interval is a 95% paired bootstrap over documents.");
        b.table(new TableBuilder("Reference model").column("features", Kind.COUNT).column("accuracy", Kind.NUMBER)
                .column("macro-F1", Kind.NUMBER).row(a.referenceFeatures(), a.referenceAccuracy(), a.referenceMacroF1())
                .build());
        TableBuilder t = new TableBuilder(null).column("group left out", Kind.TEXT).column("prefix", Kind.TEXT)
                .column("features removed", Kind.COUNT).column("accuracy", Kind.NUMBER).column("macro-F1", Kind.NUMBER)
                .column("accuracy change", Kind.SIGNED).column("macro-F1 change", Kind.SIGNED)
                .column("macro-F1 change, 95% interval", Kind.SIGNED_CI);
        List<String> names = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        for (Ablation.Row row : a.rows()) {
            FeatureGroup g = row.group();
            t.row(g.name(), g.prefix(), row.featuresRemoved(), row.accuracy(), row.macroF1(), row.deltaAccuracy(),
                    row.deltaMacroF1(), ReportModel.Range.of(row.deltaInterval().low(), row.deltaInterval().high()));
            names.add(g.name());
            deltas.add(row.deltaMacroF1());
        }
        return b.table(t.build()).chart(SvgCharts.deltaBars(names, deltas, "Macro-F1 change without each group"))
                .build();
    }
}
