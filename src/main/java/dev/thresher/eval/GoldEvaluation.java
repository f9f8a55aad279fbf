package dev.thresher.eval;

import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldTable;
import dev.thresher.eval.ReportModel.Figure;
import dev.thresher.eval.ReportModel.Kind;
import dev.thresher.eval.ReportModel.SectionBuilder;
import dev.thresher.eval.ReportModel.TableBuilder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.nio.charset.StandardCharsets;

/**
 * An evaluation on labelled data in the {@link GoldTable} layout ({@code gold.tsv} and
 * {@code docs/}), with any label set: our labels are mapped onto it by a {@link LabelMapping},
 * and the figures are those of the sets' {@code score.py} ({@link GoldScorer}).
 *
 * @param provenance where the report comes from
 * @param mapping    how our labels were mapped
 * @param strict     whether flagged rows were scored
 * @param documents  how many documents have gold rows
 * @param rows       how many gold rows there are
 * @param flagged    how many of them are flagged
 * @param labels     the label set the scores are over
 * @param scores     the scores over the judged rows
 * @param macroF1Interval 95% bootstrap interval of macro-F1 (documents resampled)
 * @param clean      clean-text token figures (all rows)
 * @param reliability confidence calibration of the judged rows
 * @param judgements every judged row
 * @param views      scores per document, worst documents, threshold curves
 * @param samples    documents shown highlighted
 */
public record GoldEvaluation(Provenance provenance, LabelMapping mapping, boolean strict, int documents, int rows,
                             int flagged, List<String> labels, GoldScores scores, Bootstrap.Interval macroF1Interval,
                             GoldScorer.CleanTokens clean,
                             Reliability reliability, List<Judgement> judgements, Views views,
                             List<SampleDocument> samples) {
    /** Copies the lists. */
    public GoldEvaluation {
        labels = List.copyOf(labels);
        judgements = List.copyOf(judgements);
        samples = List.copyOf(samples);
    }

    /**
     * Classifies every document of {@code table} with {@code classifier} and scores it.
     *
     * @param provenance what to record about the run; its data hash is filled in here, and its run
     *                   time replaced by the time this took (unless it is NaN: left out)
     * @param sample     a document to show first in the HTML page, or {@code null}
     */
    public static GoldEvaluation run(GoldTable table, Function<String, List<LabeledSentence>> classifier,
                                     LabelMapping mapping, boolean strict, String sample, Provenance provenance) {
        long started = System.nanoTime();
        List<Judgement> judgements = new ArrayList<>();
        List<Map<String, long[]>> tokens = new ArrayList<>();
        List<SampleDocument.Candidate> candidates = new ArrayList<>();
        List<String> goldLabels = new ArrayList<>();
        int rows = 0;
        int flagged = 0;
        for (GoldTable.Document d : table.documents()) {
            List<LabeledSentence> predicted = classifier.apply(d.text());
            judgements.addAll(GoldScorer.judge(d, predicted, mapping, strict));
            tokens.add(GoldScorer.tokens(d, predicted, mapping));
            List<SampleDocument.GoldSpan> spans = new ArrayList<>();
            for (GoldTable.Row r : d.rows()) {
                rows++;
                flagged += r.flagged() ? 1 : 0;
                goldLabels.add(r.label());
                if (!r.flagged() || strict) {
                    spans.add(new SampleDocument.GoldSpan(r.start(), r.end(), r.label()));
                }
            }
            candidates.add(new SampleDocument.Candidate(d.id(), d.text(), predicted, spans));
        }
        List<String> labels = GoldScorer.labelSet(goldLabels);
        List<Boolean> correct = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        for (Judgement j : judgements) {
            correct.add(j.correct());
            confidences.add(j.confidence());
        }
        Provenance p = new Provenance(provenance.model(), provenance.modelSource(), provenance.data(), hash(table),
                provenance.command(), provenance.java(), provenance.generated(),
                Double.isNaN(provenance.runSeconds()) ? Double.NaN : (System.nanoTime() - started) / 1e9);
        return new GoldEvaluation(p, mapping, strict, table.documents().size(), rows, flagged, labels,
                GoldScores.of(labels, judgements), interval(labels, judgements), GoldScorer.clean(tokens), Reliability.of(confidences, correct),
                judgements, Views.of(labels, judgements, id -> null, id -> null),
                SampleDocument.pick(candidates, sample, ReportBuilder.SAMPLES, mapping));
    }

    /** The bootstrap interval of macro-F1 over {@code labels}, documents resampled. */
    static Bootstrap.Interval interval(List<String> labels, List<Judgement> judgements) {
        return Bootstrap.of(byDocument(judgements), sample -> {
            List<Judgement> all = new ArrayList<>();
            sample.forEach(all::addAll);
            return GoldScores.of(labels, all).macroF1();
        });
    }

    /** The judgements grouped by document, in order. */
    static List<List<Judgement>> byDocument(List<Judgement> judgements) {
        Map<String, List<Judgement>> docs = new LinkedHashMap<>();
        for (Judgement j : judgements) {
            docs.computeIfAbsent(j.doc(), k -> new ArrayList<>()).add(j);
        }
        return new ArrayList<>(docs.values());
    }

    /** SHA-256 over the documents' ids, texts and gold rows. */
    static String hash(GoldTable table) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (GoldTable.Document d : table.documents()) {
                md.update((d.id() + "\n" + d.text() + "\n").getBytes(StandardCharsets.UTF_8));
                for (GoldTable.Row r : d.rows()) {
                    md.update((r.start() + "\t" + r.end() + "\t" + r.label() + "\t" + r.flag() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same evaluation without the date and run time. */
    public GoldEvaluation withoutTimings() {
        return new GoldEvaluation(provenance.withoutTimings(), mapping, strict, documents, rows, flagged, labels, scores,
                macroF1Interval, clean, reliability, judgements, views, samples);
    }

    /** The report as sections and tables. */
    public ReportModel model() {
        List<ReportModel.Section> s = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String l : labels) {
            counts.put(l, 0);
        }
        for (Judgement j : judgements) {
            counts.merge(j.gold(), 1, Integer::sum);
        }
        TableBuilder labelTable = new TableBuilder(null).column("gold label", Kind.TEXT).column("sentences", Kind.COUNT)
                .column("share", Kind.NUMBER);
        counts.forEach((l, n) -> labelTable.row(l, n, judgements.isEmpty() ? 0.0 : (double) n / judgements.size()));
        s.add(new SectionBuilder("data", "Data").prose(documents + " documents with " + rows + " gold rows in `"
                + GoldTable.FILE + "`; " + flagged + " flagged as debatable, " + (strict
                ? "scored too (--strict)." : "left out (--strict scores them).") + " Our labels are scored as: "
                + mappingText() + ".").table(labelTable.build()).build());
        TableBuilder overall = new TableBuilder(null).column("sentences", Kind.COUNT).column("accuracy", Kind.NUMBER)
                .column("macro-F1", Kind.NUMBER).column("macro-F1, 95% interval", Kind.CI)
                .row(scores.sentences(), scores.accuracy(), scores.macroF1(),
                        ReportModel.Range.of(macroF1Interval.low(), macroF1Interval.high()));
        List<String> rowNames = scores.labels();
        s.add(new SectionBuilder("e2e", "End to end").prose("Each gold sentence takes the predicted label covering "
                + "most of its non-space characters (after the mapping), as the data's `score.py` scores; "
                + Judgement.NONE + " when no prediction covers it. Macro-F1 is the mean over the labels "
                + "with gold sentences; the interval is a bootstrap over documents (" + Bootstrap.RESAMPLES
                + " resamples).").table(overall.build()).table(Sections.perLabel(scores))
                .table(Sections.confusion(rowNames, scores.predicted(), scores.counts()))
                .chart(SvgCharts.heatMap(rowNames, scores.predicted(), scores.counts(), "End to end: confusion matrix"))
                .build());
        s.add(new SectionBuilder("clean", "Cleaning").prose("Bags of word tokens (lower-cased) of every gold row "
                + "(flagged ones too): gold content is every row not labelled BOILERPLATE, kept text every token "
                + "whose predicted label is not BOILERPLATE, as the data's `score.py` scores.")
                .table(new TableBuilder(null).column("precision", Kind.NUMBER).column("recall", Kind.NUMBER)
                        .column("F1", Kind.NUMBER).column("gold content tokens", Kind.COUNT)
                        .column("kept tokens", Kind.COUNT).column("matched tokens", Kind.COUNT)
                        .row(clean.precision(), clean.recall(), clean.f1(), clean.gold(), clean.kept(), clean.matched())
                        .build()).build());
        s.add(confidence());
        s.add(Sections.thresholds(views));
        s.add(Sections.documents(views));
        s.add(Sections.browser(judgements));
        s.add(Sections.samples(samples, scores.predicted()));
        s.add(new SectionBuilder("trained", "Baselines, cross-validation and ablation").prose("Left out: they train "
                + "on a train split in our dataset format beside the evaluated folder, and a `" + GoldTable.FILE
                + "` folder has none.").build());
        Map<String, String> extra = new TreeMap<>();
        extra.put("label mapping", mappingText());
        extra.put("flagged rows", strict ? "scored (--strict)" : "left out");
        s.add(Sections.provenance(provenance, extra));
        List<Figure> headline = new ArrayList<>();
        headline.add(new Figure("endToEnd.macroF1", "macro-F1", Kind.NUMBER, Fmt.n3(scores.macroF1()), null));
        headline.add(new Figure("endToEnd.macroF1Interval", "macro-F1, 95% interval", Kind.CI,
                ReportModel.Range.of(macroF1Interval.low(), macroF1Interval.high()), null));
        headline.add(new Figure("endToEnd.accuracy", "accuracy", Kind.NUMBER, Fmt.n3(scores.accuracy()), null));
        for (String l : labels) {
            if (scores.perLabel().get(l).support() > 0) {
                headline.add(new Figure("f1." + l, l + " F1", Kind.NUMBER, Fmt.n3(scores.perLabel().get(l).f1()), null));
            }
        }
        headline.add(new Figure("cleaning.f1", "clean-text token F1", Kind.NUMBER, Fmt.n3(clean.f1()), null));
        return new ReportModel("Thresher evaluation report", Sections.lead(provenance, documents, judgements.size())
                + " Label mapping: " + mappingText() + ".", headline, List.of(), s);
    }

    private String mappingText() {
        return mapping.isIdentity() ? "our own labels, unmapped" : "`" + mapping + "`";
    }

    private ReportModel.Section confidence() {
        TableBuilder bins = new TableBuilder(null).column("confidence", Kind.CI).column("predictions", Kind.COUNT)
                .column("mean confidence", Kind.NUMBER).column("observed accuracy", Kind.NUMBER);
        for (Reliability.Bin bin : reliability.bins()) {
            bins.row(ReportModel.Range.of(bin.lower(), bin.upper()), bin.count(), bin.meanConfidence(), bin.accuracy());
        }
        return new SectionBuilder("confidence", "Confidence").prose("Each judged sentence with the confidence of the "
                + "predicted sentence its label came from; right when the mapped label equals gold.")
                .table(new TableBuilder(null).column("expected calibration error", Kind.NUMBER).row(reliability.ece())
                        .build()).table(bins.build()).chart(SvgCharts.reliability(reliability, "Reliability diagram"))
                .build();
    }
}
