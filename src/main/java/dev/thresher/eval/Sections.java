package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.Manifest;
import dev.thresher.eval.ReportModel.Kind;
import dev.thresher.eval.ReportModel.SectionBuilder;
import dev.thresher.eval.ReportModel.TableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Report sections shared by evaluation reports of any labelled data and by comparisons. */
final class Sections {
    /** The cleaning policy presets, marked on the BOILERPLATE threshold curve. */
    static final List<Double> PRESETS = List.of(0.2, 0.4, 0.8);

    private Sections() {
    }

    /** Per-label precision, recall, F1 and support. */
    static ReportModel.Table perLabel(LabelScores s) {
        TableBuilder t = new TableBuilder(null).column("label", Kind.TEXT).column("precision", Kind.NUMBER)
                .column("recall", Kind.NUMBER).column("F1", Kind.NUMBER).column("support", Kind.COUNT);
        for (Label l : Label.values()) {
            LabelScores.PerLabel p = s.perLabel().get(l);
            t.row(l.name(), p.precision(), p.recall(), p.f1(), p.support());
        }
        return t.build();
    }

    /** Per-label figures of any label set. */
    static ReportModel.Table perLabel(GoldScores s) {
        TableBuilder t = new TableBuilder(null).column("label", Kind.TEXT).column("precision", Kind.NUMBER)
                .column("recall", Kind.NUMBER).column("F1", Kind.NUMBER).column("support", Kind.COUNT);
        for (String l : s.labels()) {
            LabelScores.PerLabel p = s.perLabel().get(l);
            t.row(l, p.precision(), p.recall(), p.f1(), p.support());
        }
        return t.build();
    }

    /** A confusion matrix, rows gold and columns predicted. */
    static ReportModel.Table confusion(List<String> rows, List<String> columns, int[][] counts) {
        TableBuilder t = new TableBuilder("Confusion matrix (rows: gold, columns: predicted)")
                .column("gold \\ predicted", Kind.TEXT);
        for (String c : columns) {
            t.column(c, Kind.COUNT);
        }
        for (int g = 0; g < rows.size(); g++) {
            Object[] cells = new Object[columns.size() + 1];
            cells[0] = rows.get(g);
            for (int p = 0; p < columns.size(); p++) {
                cells[p + 1] = counts[g][p];
            }
            t.row(cells);
        }
        return t.build();
    }

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Label l : Label.values()) {
            out.add(l.name());
        }
        return out;
    }

    /** A section of label scores: summary line, per-label table, confusion matrix and heat map. */
    static ReportModel.Section scores(String id, String title, String explanation, LabelScores s,
                                      Bootstrap.Interval interval) {
        SectionBuilder b = new SectionBuilder(id, title).prose(explanation);
        TableBuilder overall = new TableBuilder(null).column("sentences", Kind.COUNT).column("accuracy", Kind.NUMBER)
                .column("macro-F1", Kind.NUMBER);
        if (interval != null) {
            overall.column("macro-F1, 95% interval", Kind.CI);
            b.prose("The interval is a bootstrap over documents (" + Bootstrap.RESAMPLES + " resamples).");
            overall.row(s.sentences(), s.accuracy(), s.macroF1(), ReportModel.Range.of(interval.low(), interval.high()));
        } else {
            overall.row(s.sentences(), s.accuracy(), s.macroF1());
        }
        return b.table(overall.build()).table(perLabel(s)).table(confusion(names(), names(), s.counts()))
                .chart(SvgCharts.heatMap(s, title + ": confusion matrix")).build();
    }

    /** Scores per genre and site. */
    static ReportModel.Section groups(Views v) {
        SectionBuilder b = new SectionBuilder("groups", "By genre and site");
        if (v.genres().isEmpty() && v.sites().isEmpty()) {
            return b.prose("No genre or site is known for these documents (our datasets give them in "
                    + "`documents.tsv`).").build();
        }
        b.prose("End to end, each group's gold sentences pooled; macro-F1 over the labels present in the group.");
        if (!v.genres().isEmpty()) {
            b.table(groupTable("Per genre", "genre", v.genres()));
        }
        if (!v.sites().isEmpty()) {
            b.table(groupTable("Per site", "site", v.sites()));
        }
        return b.build();
    }

    private static ReportModel.Table groupTable(String caption, String name, List<Breakdown.Row> rows) {
        boolean documents = !name.equals("document");
        TableBuilder t = new TableBuilder(caption).column(name, Kind.TEXT);
        if (documents) {
            t.column("documents", Kind.COUNT);
        }
        t.column("sentences", Kind.COUNT).column("errors", Kind.COUNT).column("accuracy", Kind.NUMBER)
                .column("macro-F1", Kind.NUMBER);
        for (Breakdown.Row r : rows) {
            if (documents) {
                t.row(r.group(), r.documents(), r.sentences(), r.errors(), r.accuracy(), r.macroF1());
            } else {
                t.row(r.group(), r.sentences(), r.errors(), r.accuracy(), r.macroF1());
            }
        }
        return t.build();
    }

    /** The worst documents with their mistakes, and every document's scores. */
    static ReportModel.Section documents(Views v) {
        SectionBuilder b = new SectionBuilder("documents", "By document");
        b.prose("The " + v.worst().size() + " documents with the lowest end-to-end accuracy, each with its most "
                + "confident mistakes; then every document.");
        TableBuilder worst = new TableBuilder("Worst documents").column("document", Kind.TEXT)
                .column("sentences", Kind.COUNT).column("errors", Kind.COUNT).column("accuracy", Kind.NUMBER)
                .column("macro-F1", Kind.NUMBER).column("gold", Kind.TEXT).column("predicted", Kind.TEXT)
                .column("confidence", Kind.NUMBER).column("mistake", Kind.TEXT);
        for (Breakdown.Worst w : v.worst()) {
            Breakdown.Row r = w.row();
            for (int i = 0; i < w.mistakes().size(); i++) {
                Judgement j = w.mistakes().get(i);
                if (i == 0) {
                    worst.row(r.group(), r.sentences(), r.errors(), r.accuracy(), r.macroF1(), j.gold(), j.predicted(),
                            j.confidence(), j.text());
                } else {
                    worst.row("", null, null, null, null, j.gold(), j.predicted(), j.confidence(), j.text());
                }
            }
        }
        b.table(worst.build());
        b.table(groupTable("Every document", "document", v.documents()));
        return b.build();
    }

    /** Precision and recall against a threshold, per label. */
    static ReportModel.Section thresholds(Views v) {
        SectionBuilder b = new SectionBuilder("thresholds", "Precision and recall against a threshold");
        b.prose("A sentence counts as predicting a label when the model's probability of that label reaches the "
                + "threshold, whatever the most probable label (the rule `CleaningPolicy` applies to BOILERPLATE: "
                + "`DEFAULT` drops from 0.4, `PRECISION` from 0.2, `RECALL` from 0.8; dashed lines). End to end, one "
                + "point per gold sentence, scored with the probabilities of the predicted sentence it was aligned to.");
        StringBuilder charts = new StringBuilder("<div class=\"row\">");
        for (ThresholdCurve c : v.curves()) {
            TableBuilder t = new TableBuilder(c.label() + " (" + c.gold() + " gold sentences)")
                    .column("threshold", Kind.NUMBER).column("predicted", Kind.COUNT).column("precision", Kind.NUMBER)
                    .column("recall", Kind.NUMBER).column("F1", Kind.NUMBER);
            List<Double> xs = new ArrayList<>();
            List<Double> ps = new ArrayList<>();
            List<Double> rs = new ArrayList<>();
            for (ThresholdCurve.Point p : c.points()) {
                t.row(p.threshold(), p.predicted(), p.precision(), p.recall(), p.f1());
                xs.add(p.threshold());
                ps.add(p.precision());
                rs.add(p.recall());
            }
            b.table(t.build());
            charts.append("<div>").append(SvgCharts.thresholdCurve(xs, ps, rs,
                    c.label().equals(Label.BOILERPLATE.name()) ? PRESETS : List.of(), c.label())).append("</div>");
        }
        if (v.curves().isEmpty()) {
            b.prose("None of our labels is in the gold label set, so there is no curve.");
        }
        return b.html(charts.append("</div>").toString()).build();
    }

    /** Sample documents, highlighted. */
    static ReportModel.Section samples(List<SampleDocument> samples, List<String> labels) {
        SectionBuilder b = new SectionBuilder("samples", "Sample documents");
        if (samples.isEmpty()) {
            return b.prose("No documents.").build();
        }
        List<String> ids = samples.stream().map(SampleDocument::id).toList();
        return b.prose("Documents " + String.join(", ", ids) + " end to end, in the HTML page: each predicted "
                + "sentence is shaded by its label; hover for the gold label and confidence; sentences that "
                + "disagree with gold are outlined.").html(HtmlViews.samples(samples, labels)).build();
    }

    /** The error browser. */
    static ReportModel.Section browser(List<Judgement> judgements) {
        long mistakes = judgements.stream().filter(j -> !j.correct()).count();
        return new SectionBuilder("browser", "Error browser").prose(mistakes + " end-to-end mistakes, in the HTML "
                + "page: filter them by gold and predicted label, sort them by confidence. "
                + "`evaluate --predictions FILE` writes every gold sentence's prediction as JSON Lines.")
                .html(HtmlViews.errorBrowser(judgements)).build();
    }

    /** Where the report comes from; {@code extra} rows (such as a label mapping) come after the data. */
    static ReportModel.Section provenance(Provenance p, Map<String, String> extra) {
        Manifest m = p.model();
        TableBuilder t = new TableBuilder(null).column("item", Kind.TEXT).column("value", Kind.TEXT);
        t.row("model", p.modelSource() + "; Thresher " + m.thresherVersion() + ", Tribuo " + m.tribuoVersion()
                + ", OpenNLP " + m.opennlpVersion() + ", bundle format " + m.format());
        t.row("model training", m.documents() + " documents / " + m.sentences() + " sentences, " + m.trainingData()
                + ", seed " + m.seed());
        t.row("hyperparameters", new TreeMap<>(m.hyperparameters()).toString());
        t.row("evaluated data", p.data());
        t.row("data hash", p.dataHash());
        extra.forEach(t::row);
        t.row("command", p.command());
        t.row("Java", p.java());
        t.row("generated", p.generated() == null ? "n/a" : p.generated());
        TableBuilder run = new TableBuilder(null).column("run time, s", Kind.NUMBER).row(p.runSeconds());
        return new SectionBuilder("provenance", "Provenance").table(t.build()).table(run.build()).build();
    }

    /** The line under a report's title. */
    static String lead(Provenance p, int documents, int sentences) {
        Manifest m = p.model();
        return "Model: " + p.modelSource() + " (Thresher " + m.thresherVersion() + ", seed " + m.seed()
                + ", trained on " + m.documents() + " documents). Data: `" + p.data() + "`, " + documents
                + " documents, " + sentences + " gold sentences.";
    }
}
