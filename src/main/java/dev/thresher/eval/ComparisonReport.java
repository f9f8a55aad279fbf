package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.Manifest;
import dev.thresher.eval.ReportModel.Figure;
import dev.thresher.eval.ReportModel.Kind;
import dev.thresher.eval.ReportModel.SectionBuilder;
import dev.thresher.eval.ReportModel.TableBuilder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ModelComparison} as a {@link ReportModel}, rendered as Markdown, JSON or HTML in the
 * same page style as the evaluation report.
 */
public final class ComparisonReport {
    /** The most disagreements listed (all of them are counted). */
    public static final int DISAGREEMENTS_SHOWN = 200;

    private ComparisonReport() {
    }

    /** The comparison as sections and tables. */
    public static ReportModel model(ModelComparison c) {
        List<ReportModel.Section> s = new ArrayList<>();
        TableBuilder models = new TableBuilder(null).column("model", Kind.TEXT).column("name", Kind.TEXT)
                .column("Thresher", Kind.TEXT).column("seed", Kind.COUNT).column("trained on", Kind.TEXT);
        models.row("A", c.nameA(), c.manifestA().thresherVersion(), c.manifestA().seed(), trained(c.manifestA()));
        models.row("B", c.nameB(), c.manifestB().thresherVersion(), c.manifestB().seed(), trained(c.manifestB()));
        s.add(new SectionBuilder("models", "Models").prose("Data: `" + c.data() + "`, " + c.documents()
                + " documents, " + c.a().endToEnd().sentences() + " gold sentences, " + c.dataHash() + ".")
                .table(models.build()).build());
        s.add(pair("e2e", "End to end", c.a().endToEnd(), c.b().endToEnd(), c.nameA(), c.nameB()));
        s.add(pair("gold", "Gold segmentation", c.a().goldSegmentation(), c.b().goldSegmentation(), c.nameA(),
                c.nameB()));
        TableBuilder paired = new TableBuilder(null).column("only A right", Kind.COUNT).column("only B right", Kind.COUNT)
                .column("both wrong", Kind.COUNT).column("labelled differently", Kind.COUNT)
                .column("McNemar exact p", Kind.NUMBER).column("B - A macro-F1, 95% interval", Kind.SIGNED_CI)
                .row(c.onlyA(), c.onlyB(), c.bothWrong(), c.disagreements(), c.mcNemarP(),
                        ReportModel.Range.of(c.differenceInterval().low(), c.differenceInterval().high()));
        s.add(new SectionBuilder("paired", "Paired, end to end").prose("Sentences only one model labels right, "
                + "McNemar's exact test on them, and a paired bootstrap interval (documents resampled) of the "
                + "macro-F1 difference.").table(paired.build()).build());
        s.add(disagreements(c.disagreeing()));
        List<Figure> headline = List.of(
                new Figure("a.endToEnd.macroF1", "A end-to-end macro-F1", Kind.NUMBER, Fmt.n3(c.a().endToEnd().macroF1()), c.nameA()),
                new Figure("b.endToEnd.macroF1", "B end-to-end macro-F1", Kind.NUMBER, Fmt.n3(c.b().endToEnd().macroF1()), c.nameB()),
                new Figure("difference.macroF1", "B - A macro-F1", Kind.SIGNED, Fmt.n3(c.b().endToEnd().macroF1() - c.a().endToEnd().macroF1()),
                        null),
                new Figure("mcNemarP", "McNemar exact p", Kind.NUMBER, Fmt.n3(c.mcNemarP()), null));
        return new ReportModel("Thresher model comparison", "A: `" + c.nameA() + "`, B: `" + c.nameB() + "`, on `"
                + c.data() + "`.", headline, List.of(), s);
    }

    private static ReportModel.Section disagreements(List<ModelComparison.Disagreement> disagreeing) {
        TableBuilder dis = new TableBuilder(null).column("document", Kind.TEXT).column("gold", Kind.TEXT)
                .column("A", Kind.TEXT).column("A confidence", Kind.NUMBER).column("B", Kind.TEXT)
                .column("B confidence", Kind.NUMBER).column("right", Kind.TEXT).column("sentence", Kind.TEXT);
        for (ModelComparison.Disagreement d : disagreeing.subList(0, Math.min(DISAGREEMENTS_SHOWN, disagreeing.size()))) {
            Judgement a = d.a();
            Judgement b = d.b();
            String right = a.correct() ? "A" : b.correct() ? "B" : "neither";
            dis.row(a.doc(), a.gold(), a.predicted(), a.confidence(), b.predicted(), b.confidence(), right, a.text());
        }
        return new SectionBuilder("disagreements", "Sentences the models disagree on").prose(disagreeing.size()
                + " gold sentences are labelled differently" + (disagreeing.size() > DISAGREEMENTS_SHOWN
                ? "; the first " + DISAGREEMENTS_SHOWN + " in document order are listed." : ".")).table(dis.build())
                .build();
    }

    /** A comparison on a {@code gold.tsv} folder as sections and tables. */
    public static ReportModel model(GoldComparison c) {
        GoldScores a = c.a().scores();
        GoldScores b = c.b().scores();
        List<ReportModel.Section> s = new ArrayList<>();
        TableBuilder models = new TableBuilder(null).column("model", Kind.TEXT).column("name", Kind.TEXT)
                .column("Thresher", Kind.TEXT).column("seed", Kind.COUNT).column("trained on", Kind.TEXT);
        models.row("A", c.nameA(), c.manifestA().thresherVersion(), c.manifestA().seed(), trained(c.manifestA()));
        models.row("B", c.nameB(), c.manifestB().thresherVersion(), c.manifestB().seed(), trained(c.manifestB()));
        Provenance p = c.a().provenance();
        s.add(new SectionBuilder("models", "Models").prose("Data: `" + p.data() + "`, " + c.a().documents()
                + " documents, " + a.sentences() + " judged gold sentences, " + p.dataHash() + "; label mapping: "
                + c.a().mapping() + (c.a().strict() ? "; flagged rows scored (--strict)." : "; flagged rows left out."))
                .table(models.build()).build());
        s.add(pair("e2e", "End to end", "Scored as the data's `score.py` scores.", Scores.of(a), Scores.of(b),
                c.nameA(), c.nameB()));
        int[] paired = c.paired();
        List<ModelComparison.Disagreement> disagreeing = c.disagreeing();
        double p0 = ModelComparison.mcNemar(paired[0], paired[1]);
        Bootstrap.Interval difference = c.differenceInterval();
        s.add(new SectionBuilder("paired", "Paired, end to end").prose("Sentences only one model labels right, "
                + "McNemar's exact test on them, and a paired bootstrap interval (documents resampled) of the "
                + "macro-F1 difference.").table(new TableBuilder(null).column("only A right", Kind.COUNT)
                .column("only B right", Kind.COUNT).column("both wrong", Kind.COUNT)
                .column("labelled differently", Kind.COUNT).column("McNemar exact p", Kind.NUMBER)
                .column("B - A macro-F1, 95% interval", Kind.SIGNED_CI)
                .row(paired[0], paired[1], paired[2], disagreeing.size(), p0,
                        ReportModel.Range.of(difference.low(), difference.high())).build()).build());
        s.add(disagreements(disagreeing));
        List<Figure> headline = List.of(
                new Figure("a.endToEnd.macroF1", "A macro-F1", Kind.NUMBER, Fmt.n3(a.macroF1()), c.nameA()),
                new Figure("b.endToEnd.macroF1", "B macro-F1", Kind.NUMBER, Fmt.n3(b.macroF1()), c.nameB()),
                new Figure("difference.macroF1", "B - A macro-F1", Kind.SIGNED, Fmt.n3(b.macroF1() - a.macroF1()), null),
                new Figure("mcNemarP", "McNemar exact p", Kind.NUMBER, Fmt.n3(p0), null));
        return new ReportModel("Thresher model comparison", "A: `" + c.nameA() + "`, B: `" + c.nameB() + "`, on `"
                + p.data() + "`.", headline, List.of(), s);
    }

    private static String trained(Manifest m) {
        return m.documents() + " documents, " + m.trainingData();
    }

    private static ReportModel.Section pair(String id, String title, LabelScores a, LabelScores b, String nameA,
                                            String nameB) {
        return pair(id, title, null, Scores.of(a), Scores.of(b), nameA, nameB);
    }

    /** The figures two models are compared on, whatever the labels are called. */
    private record Scores(double accuracy, double macroF1, Map<String, LabelScores.PerLabel> perLabel) {
        static Scores of(LabelScores s) {
            Map<String, LabelScores.PerLabel> byName = new LinkedHashMap<>();
            for (Label l : Label.values()) {
                byName.put(l.name(), s.perLabel().get(l));
            }
            return new Scores(s.accuracy(), s.macroF1(), byName);
        }

        static Scores of(GoldScores s) {
            Map<String, LabelScores.PerLabel> byName = new LinkedHashMap<>();
            for (String l : s.labels()) {
                byName.put(l, s.perLabel().get(l));
            }
            return new Scores(s.accuracy(), s.macroF1(), byName);
        }
    }

    /** Accuracy, macro-F1 and per-label figures of A and B side by side, with a chart of the F1s. */
    private static ReportModel.Section pair(String id, String title, String prose, Scores a, Scores b, String nameA,
                                            String nameB) {
        TableBuilder t = new TableBuilder(null).column("figure", Kind.TEXT).column("A", Kind.NUMBER)
                .column("B", Kind.NUMBER).column("B - A", Kind.SIGNED);
        t.row("accuracy", a.accuracy(), b.accuracy(), b.accuracy() - a.accuracy());
        t.row("macro-F1", a.macroF1(), b.macroF1(), b.macroF1() - a.macroF1());
        List<String> categories = new ArrayList<>();
        List<Double> fa = new ArrayList<>();
        List<Double> fb = new ArrayList<>();
        for (Map.Entry<String, LabelScores.PerLabel> e : a.perLabel().entrySet()) {
            String l = e.getKey();
            LabelScores.PerLabel pa = e.getValue();
            LabelScores.PerLabel pb = b.perLabel().get(l);
            t.row(l + " precision", pa.precision(), pb.precision(), pb.precision() - pa.precision());
            t.row(l + " recall", pa.recall(), pb.recall(), pb.recall() - pa.recall());
            t.row(l + " F1", pa.f1(), pb.f1(), pb.f1() - pa.f1());
            categories.add(l);
            fa.add(pa.f1());
            fb.add(pb.f1());
        }
        categories.add("macro-F1");
        fa.add(a.macroF1());
        fb.add(b.macroF1());
        SectionBuilder section = new SectionBuilder(id, title);
        if (prose != null) {
            section.prose(prose);
        }
        return section.table(t.build()).chart(SvgCharts.groupedBars(categories,
                List.of(new SvgCharts.Series("A: " + nameA, fa), new SvgCharts.Series("B: " + nameB, fb)),
                title + ": per-label F1", "F1")).build();
    }

    /** Writes {@code c} as Markdown. */
    public static void writeMarkdown(ModelComparison c, Writer out) throws IOException {
        MarkdownRenderer.write(model(c), out);
    }

    /** Writes {@code c} as indented JSON. */
    public static void writeJson(ModelComparison c, Writer out) throws IOException {
        JsonRenderer.write(model(c), out);
    }

    /** Writes {@code c} as one HTML page. */
    public static void writeHtml(ModelComparison c, Writer out) throws IOException {
        HtmlRenderer.write(model(c), out);
    }
}
