package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.Manifest;
import dev.thresher.data.DataSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS and SVG, no scripts, no
 * network. Charts: confusion heat maps, per-label F1 bars for Thresher and each baseline, the
 * reliability diagram, ablation bars; and a sample document with every sentence highlighted by
 * its predicted label (gold label on hover).
 */
final class HtmlReport {
    private static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6573; --rule: #dde2e8; --accent: #2f5d8a; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink);
                   background: #f6f7f9; }
            main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 60px; background: #fff; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 36px 0 10px; padding-top: 10px; border-top: 1px solid var(--rule); }
            h3 { font-size: 15px; margin: 18px 0 6px; }
            p.lead, .muted { color: var(--muted); }
            table { border-collapse: collapse; margin: 8px 0 14px; font-variant-numeric: tabular-nums; }
            th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
            th { background: #f0f3f6; font-weight: 600; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            table.wide { font-size: 13px; } table.wide td:first-child { white-space: nowrap; } table.wide th { white-space: normal; vertical-align: bottom; }
            .row > div.grow { flex: 1 1 420px; }
            tr.us td { font-weight: 600; background: #eef4fa; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 16px 0; }
            .card { border: 1px solid var(--rule); border-radius: 8px; padding: 10px 12px; background: #fbfcfd; }
            .card .v { font-size: 24px; font-weight: 650; color: var(--accent); }
            .card .k { color: var(--muted); font-size: 12px; }
            .row { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
            .note { border-left: 4px solid #e8871e; background: #fff8ef; padding: 6px 12px; margin: 8px 0; }
            nav a { margin-right: 12px; color: var(--accent); text-decoration: none; }
            .doc { white-space: pre-wrap; font: 13px/1.9 ui-monospace, 'DejaVu Sans Mono', monospace;
                   border: 1px solid var(--rule); border-radius: 6px; padding: 14px; background: #fff; }
            .doc span { border-radius: 3px; padding: 1px 0; }
            .doc span.wrong { outline: 2px solid #c0392b; outline-offset: 0; }
            .legend span { display: inline-block; padding: 1px 8px; margin-right: 8px; border-radius: 3px; }
            .L-CLAIM { background: #d6e4f2; } .L-QUOTATION { background: #fbdcb8; }
            .L-OPINION { background: #d5ecd0; } .L-BOILERPLATE { background: #e3e3e3; color: #555; }
            td.s { max-width: 560px; }
            code { background: #f0f3f6; padding: 0 4px; border-radius: 3px; font-size: 12px; }
            """;

    private final StringBuilder b = new StringBuilder();
    private final Report r;

    private HtmlReport(Report report) {
        this.r = report;
    }

    static void write(Report report, Writer out) throws IOException {
        out.write(new HtmlReport(report).render());
        out.flush();
    }

    /** {@code s} safe inside HTML text and attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private String render() {
        Provenance p = r.provenance();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Thresher evaluation report: ").append(escape(p.data())).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body><main>\n");
        b.append("<h1>Thresher evaluation report</h1>");
        Manifest m = p.model();
        b.append("<p class=\"lead\">Model: ").append(escape(p.modelSource())).append("; Thresher ")
                .append(escape(m.thresherVersion())).append(", seed ").append(m.seed()).append(", trained on ")
                .append(m.documents()).append(" documents. Data: <code>").append(escape(p.data())).append("</code>, ")
                .append(r.data().documents()).append(" documents, ").append(r.data().sentences())
                .append(" gold sentences.</p>\n");
        b.append("<nav><a href=\"#data\">Data</a><a href=\"#e2e\">End to end</a><a href=\"#gold\">Gold segmentation</a>"
                + "<a href=\"#seg\">Segmentation</a><a href=\"#clean\">Cleaning</a><a href=\"#baselines\">Baselines</a>"
                + "<a href=\"#cv\">Cross-validation</a><a href=\"#confidence\">Confidence</a><a href=\"#errors\">Errors</a>"
                + "<a href=\"#ablation\">Ablation</a><a href=\"#sample\">Sample</a><a href=\"#provenance\">Provenance</a>"
                + "</nav>\n");
        cards();
        for (String note : r.notes()) {
            b.append("<div class=\"note\">").append(escape(note)).append("</div>\n");
        }
        data();
        scores("e2e", "2. End to end", "Raw text through the segmenter; each gold sentence takes the label of the "
                + "predicted sentence overlapping it most.", r.scores().endToEnd());
        scores("gold", "3. Gold segmentation", "The classifier fed the gold sentences: the gap to end to end is what "
                + "segmentation costs.", r.scores().goldSegmentation());
        segmentation();
        cleaning();
        baselines();
        crossValidation();
        confidence();
        errors();
        ablation();
        sample();
        provenance();
        b.append("</main></body></html>\n");
        return b.toString();
    }

    private void cards() {
        LabelScores e2e = r.scores().endToEnd();
        b.append("<div class=\"cards\">");
        card(Fmt.f3(e2e.macroF1()), "end-to-end macro-F1 (95% interval " + Fmt.f3(r.macroF1Interval().low()) + " to "
                + Fmt.f3(r.macroF1Interval().high()) + ")");
        card(Fmt.f3(e2e.accuracy()), "end-to-end accuracy");
        card(Fmt.f3(r.cleaning().f1()), "clean-text token F1 (leakage " + Fmt.f3(r.cleaning().leakage())
                + ", content loss " + Fmt.f3(r.cleaning().contentLoss()) + ")");
        if (r.crossValidation() != null) {
            CrossValidation.Result cv = r.crossValidation();
            card(Fmt.f3(cv.macroF1().mean()) + " ± " + Fmt.f3(cv.macroF1().std()), cv.k()
                    + "-fold cross-validation macro-F1 on train+dev");
        } else {
            card("n/a", "cross-validation not run");
        }
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            card(Fmt.signed3(e.lead()), "lead in macro-F1 over the " + e.name() + " baseline ("
                    + Fmt.f3(e.endToEnd().macroF1()) + ")");
        }
        card(Fmt.f3(r.scores().segmentation().f1()), "sentence-boundary F1");
        b.append("</div>\n");
    }

    private void card(String value, String caption) {
        b.append("<div class=\"card\"><div class=\"v\">").append(escape(value)).append("</div><div class=\"k\">")
                .append(escape(caption)).append("</div></div>");
    }

    private void data() {
        DataSummary d = r.data();
        section("data", "1. Data");
        b.append("<div class=\"row\"><div><table><tr><th>label</th><th class=\"n\">sentences</th><th class=\"n\">share</th>"
                + "<th></th></tr>");
        for (Label l : Label.values()) {
            b.append("<tr><td><span class=\"L-").append(l).append("\">&nbsp;").append(l).append("&nbsp;</span></td>");
            num(Integer.toString(d.labels().get(l)));
            num(Fmt.f3(d.share(l)));
            b.append("<td><svg width=\"160\" height=\"12\"><rect width=\"").append(Math.round(160 * d.share(l)))
                    .append("\" height=\"12\" fill=\"").append(SvgCharts.LABEL_COLOURS.get(l))
                    .append("\"/></svg></td></tr>");
        }
        b.append("<tr><td><b>all</b></td>");
        num(Integer.toString(d.sentences()));
        b.append("<td></td><td></td></tr></table></div><div class=\"grow\">");
        if (d.documentsWithMetadata() == 0) {
            b.append("<p class=\"muted\">No <code>documents.tsv</code> metadata was found for these documents.</p>");
        } else {
            b.append("<p>").append(d.documents()).append(" documents, ").append(d.documentsWithMetadata())
                    .append(" with a row in <code>documents.tsv</code>.</p>");
            counts("genres", d.genres());
            counts("topics", d.topics());
            counts("sites", d.sites());
        }
        b.append("</div></div>\n");
    }

    private void counts(String name, Map<String, Integer> counts) {
        b.append("<p><b>").append(name).append(" (").append(counts.size()).append(")</b>: ");
        boolean first = true;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            b.append(first ? "" : ", ").append(escape(e.getKey())).append(" <span class=\"muted\">")
                    .append(e.getValue()).append("</span>");
            first = false;
        }
        b.append("</p>");
    }

    private void scores(String id, String title, String explanation, LabelScores s) {
        section(id, title);
        b.append("<p>").append(escape(explanation)).append(" Accuracy <b>").append(Fmt.f3(s.accuracy()))
                .append("</b>, macro-F1 <b>").append(Fmt.f3(s.macroF1())).append("</b>");
        if (id.equals("e2e")) {
            b.append(" (95% bootstrap interval ").append(Fmt.f3(r.macroF1Interval().low())).append(" to ")
                    .append(Fmt.f3(r.macroF1Interval().high())).append(", documents resampled)");
        }
        b.append(" over ").append(s.sentences()).append(" sentences.</p>");
        b.append("<div class=\"row\"><div><table><tr><th>label</th><th class=\"n\">precision</th><th class=\"n\">recall"
                + "</th><th class=\"n\">F1</th><th class=\"n\">support</th></tr>");
        for (Label l : Label.values()) {
            LabelScores.PerLabel p = s.perLabel().get(l);
            b.append("<tr><td>").append(l).append("</td>");
            num(Fmt.f3(p.precision()));
            num(Fmt.f3(p.recall()));
            num(Fmt.f3(p.f1()));
            num(Integer.toString(p.support()));
            b.append("</tr>");
        }
        b.append("</table></div><div>").append(SvgCharts.heatMap(s, title + ": confusion matrix"))
                .append("</div></div>\n");
    }

    private void segmentation() {
        Evaluator.SegmentationScores s = r.scores().segmentation();
        section("seg", "4. Segmentation");
        b.append("<p>A boundary is the start of every sentence after a document's first; a predicted boundary is right "
                + "when a gold sentence starts there.</p><table><tr><th class=\"n\">gold sentences</th>"
                + "<th class=\"n\">predicted sentences</th><th class=\"n\">boundary precision</th>"
                + "<th class=\"n\">boundary recall</th><th class=\"n\">boundary F1</th></tr><tr>");
        num(Integer.toString(s.goldSentences()));
        num(Integer.toString(s.predictedSentences()));
        num(Fmt.f3(s.precision()));
        num(Fmt.f3(s.recall()));
        num(Fmt.f3(s.f1()));
        b.append("</tr></table>\n");
    }

    private void cleaning() {
        CleaningScores c = r.cleaning();
        section("clean", "5. Cleaning");
        b.append("<p><code>clean()</code> output against the gold non-boilerplate text of each document, as bags of "
                + "word tokens, pooled over documents. Leakage: kept tokens beyond the gold content, over gold "
                + "boilerplate tokens. Content loss: gold content tokens not kept (1 &minus; recall).</p>");
        b.append("<table><tr><th>output</th><th class=\"n\">precision</th><th class=\"n\">recall</th><th class=\"n\">F1"
                + "</th><th class=\"n\">boilerplate leakage</th><th class=\"n\">content loss</th></tr>");
        cleaningRow("Thresher clean()", c, true);
        cleaningRow("text unchanged (no cleaning)", r.keepEverything(), false);
        b.append("</table><p class=\"muted\">Gold content tokens ").append(c.goldContentTokens())
                .append(", gold boilerplate tokens ").append(c.goldBoilerplateTokens()).append(", kept tokens ")
                .append(c.keptTokens()).append(", matched ").append(c.matchedTokens()).append(".</p>\n");
    }

    private void cleaningRow(String name, CleaningScores c, boolean us) {
        b.append(us ? "<tr class=\"us\">" : "<tr>").append("<td>").append(escape(name)).append("</td>");
        num(Fmt.f3(c.precision()));
        num(Fmt.f3(c.recall()));
        num(Fmt.f3(c.f1()));
        num(Fmt.f3(c.leakage()));
        num(Fmt.f3(c.contentLoss()));
        b.append("</tr>");
    }

    private void baselines() {
        section("baselines", "6. Baselines");
        b.append("<p>Same documents and, end to end, the same sentences (Thresher's segmenter). Lead: Thresher's "
                + "end-to-end macro-F1 minus the baseline's, with a 95% paired bootstrap interval.</p>");
        b.append("<table class=\"wide\"><tr><th>model</th><th class=\"n\">accuracy</th><th class=\"n\">macro-F1</th>");
        for (Label l : Label.values()) {
            b.append("<th class=\"n\">").append(l).append(" F1</th>");
        }
        b.append("<th class=\"n\">macro-F1 (gold seg.)</th><th class=\"n\">Thresher's lead (95% interval)</th></tr>");
        baselineRow("Thresher", r.scores().endToEnd(), r.scores().goldSegmentation(), "", true);
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            baselineRow(e.name(), e.endToEnd(), e.goldSegmentation(), Fmt.signed3(e.lead()) + " ("
                    + Fmt.signed3(e.leadInterval().low()) + " to " + Fmt.signed3(e.leadInterval().high()) + ")", false);
        }
        b.append("</table><ul>");
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            b.append("<li><b>").append(escape(e.name())).append("</b>: ").append(escape(e.description())).append("</li>");
        }
        b.append("</ul>");
        List<String> categories = new ArrayList<>();
        for (Label l : Label.values()) {
            categories.add(l.name());
        }
        categories.add("macro-F1");
        List<SvgCharts.Series> series = new ArrayList<>();
        series.add(new SvgCharts.Series("Thresher", f1s(r.scores().endToEnd())));
        for (BaselineComparison.Entry e : r.baselines().entries()) {
            series.add(new SvgCharts.Series(e.name(), f1s(e.endToEnd())));
        }
        b.append(SvgCharts.groupedBars(categories, series, "Per-label F1, end to end", "F1")).append('\n');
    }

    private static List<Double> f1s(LabelScores s) {
        List<Double> out = new ArrayList<>();
        for (Label l : Label.values()) {
            out.add(s.perLabel().get(l).f1());
        }
        out.add(s.macroF1());
        return out;
    }

    private void baselineRow(String name, LabelScores e2e, LabelScores gold, String lead, boolean us) {
        b.append(us ? "<tr class=\"us\">" : "<tr>").append("<td>").append(escape(name)).append("</td>");
        num(Fmt.f3(e2e.accuracy()));
        num(Fmt.f3(e2e.macroF1()));
        for (Label l : Label.values()) {
            num(Fmt.f3(e2e.perLabel().get(l).f1()));
        }
        num(Fmt.f3(gold.macroF1()));
        num(lead);
        b.append("</tr>");
    }

    private void crossValidation() {
        section("cv", "7. Cross-validation");
        CrossValidation.Result cv = r.crossValidation();
        if (cv == null) {
            b.append("<p class=\"muted\">Not run: ").append(escape(r.skipped().get(Report.CROSS_VALIDATION)))
                    .append(".</p>\n");
            return;
        }
        b.append("<p>").append(cv.k()).append("-fold by document on train+dev (").append(cv.documents())
                .append(" documents, ").append(cv.sentences()).append(" sentences); documents shuffled with seed ")
                .append(cv.seed()).append("; each fold scored end to end by a model trained on the other folds. "
                        + "Standard deviation over folds (n &minus; 1).</p>");
        b.append("<table><tr><th class=\"n\">fold</th><th class=\"n\">train documents</th><th class=\"n\">held-out "
                + "documents</th><th class=\"n\">held-out sentences</th><th class=\"n\">accuracy</th>"
                + "<th class=\"n\">macro-F1</th></tr>");
        for (CrossValidation.Fold f : cv.folds()) {
            b.append("<tr>");
            num(Integer.toString(f.fold()));
            num(Integer.toString(f.trainDocuments()));
            num(Integer.toString(f.testDocuments()));
            num(Integer.toString(f.testSentences()));
            num(Fmt.f3(f.accuracy()));
            num(Fmt.f3(f.macroF1()));
            b.append("</tr>");
        }
        b.append("<tr class=\"us\"><td>mean ± std</td><td></td><td></td><td></td>");
        num(Fmt.f3(cv.accuracy().mean()) + " ± " + Fmt.f3(cv.accuracy().std()));
        num(Fmt.f3(cv.macroF1().mean()) + " ± " + Fmt.f3(cv.macroF1().std()));
        b.append("</tr></table>\n");
    }

    private void confidence() {
        Reliability rel = r.reliability();
        section("confidence", "8. Confidence");
        b.append("<p>End-to-end predictions, one per gold sentence, binned by confidence (probability of the predicted "
                + "label). Expected calibration error <b>").append(Fmt.f3(rel.ece())).append("</b>.</p>");
        b.append("<div class=\"row\"><div>").append(SvgCharts.reliability(rel, "Reliability diagram"))
                .append("</div><div><table><tr><th>confidence</th><th class=\"n\">predictions</th>"
                        + "<th class=\"n\">mean confidence</th><th class=\"n\">observed accuracy</th></tr>");
        for (Reliability.Bin bin : rel.bins()) {
            b.append("<tr><td>").append(Fmt.f3(bin.lower())).append(" to ").append(Fmt.f3(bin.upper())).append("</td>");
            num(Integer.toString(bin.count()));
            num(Fmt.f3(bin.meanConfidence()));
            num(Fmt.f3(bin.accuracy()));
            b.append("</tr>");
        }
        b.append("</table><h3>Abstaining below a threshold</h3><table><tr><th class=\"n\">answer when confidence ≥</th>"
                + "<th class=\"n\">answered</th><th class=\"n\">coverage</th><th class=\"n\">accuracy</th></tr>");
        for (Reliability.Abstention a : rel.abstention()) {
            b.append("<tr>");
            num(Fmt.f3(a.threshold()));
            num(Integer.toString(a.answered()));
            num(Fmt.f3(a.coverage()));
            num(Fmt.f3(a.accuracy()));
            b.append("</tr>");
        }
        b.append("</table></div></div>\n");
    }

    private void errors() {
        ErrorAnalysis e = r.errors();
        section("errors", "9. Errors");
        b.append("<p>").append(e.errors()).append(" end-to-end mistakes. The most frequent confusions, each with its "
                + "most confident mistakes (from different documents where possible).</p>");
        for (ErrorAnalysis.Confusion c : e.confusions()) {
            b.append("<h3>").append(c.gold()).append(" predicted as ").append(c.predicted()).append(": ")
                    .append(c.count()).append(" <span class=\"muted\">(share of mistakes ")
                    .append(Fmt.f3(c.shareOfErrors())).append(")</span></h3>");
            b.append("<table><tr><th>document</th><th class=\"n\">row</th><th class=\"n\">confidence</th>"
                    + "<th>sentence</th><th>why (features that pushed most towards the predicted label)</th></tr>");
            for (ErrorAnalysis.Example x : c.examples()) {
                b.append("<tr><td>").append(escape(x.document())).append("</td>");
                num(Integer.toString(x.row()));
                num(Fmt.f3(x.confidence()));
                b.append("<td class=\"s\">").append(escape(x.sentence())).append("</td><td class=\"s\">");
                for (String reason : x.why()) {
                    b.append(escape(reason)).append("<br>");
                }
                b.append("</td></tr>");
            }
            b.append("</table>");
        }
        b.append('\n');
    }

    private void ablation() {
        section("ablation", "10. Feature ablation");
        Ablation.Result a = r.ablation();
        if (a == null) {
            b.append("<p class=\"muted\">Not run: ").append(escape(r.skipped().get(Report.ABLATION))).append(".</p>\n");
            return;
        }
        b.append("<p>Each feature group left out in turn: a model trained on the train split (")
                .append(a.trainDocuments()).append(" documents) with the same settings, scored end to end here. "
                        + "Full model: ").append(a.referenceFeatures()).append(" features, macro-F1 ")
                .append(Fmt.f3(a.referenceMacroF1())).append(". Negative changes mean the group helps; intervals are "
                        + "95% paired bootstrap over documents.</p>");
        b.append("<div class=\"row\"><div><table><tr><th>group left out</th><th>prefix</th>"
                + "<th class=\"n\">features removed</th><th class=\"n\">macro-F1</th><th class=\"n\">macro-F1 change "
                + "(95% interval)</th><th class=\"n\">accuracy change</th></tr>");
        List<String> names = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        for (Ablation.Row row : a.rows()) {
            b.append("<tr><td>").append(row.group()).append("</td><td><code>").append(escape(row.group().prefix()))
                    .append("</code></td>");
            num(Integer.toString(row.featuresRemoved()));
            num(Fmt.f3(row.macroF1()));
            num(Fmt.signed3(row.deltaMacroF1()) + " (" + Fmt.signed3(row.deltaInterval().low()) + " to "
                    + Fmt.signed3(row.deltaInterval().high()) + ")");
            num(Fmt.signed3(row.deltaAccuracy()));
            b.append("</tr>");
            names.add(row.group().name());
            deltas.add(row.deltaMacroF1());
        }
        b.append("</table></div><div>").append(SvgCharts.deltaBars(names, deltas, "Macro-F1 change without each group"))
                .append("</div></div>\n");
    }

    private void sample() {
        section("sample", "11. A sample document");
        SampleDocument s = r.sample();
        if (s == null) {
            b.append("<p class=\"muted\">No documents.</p>\n");
            return;
        }
        int wrong = 0;
        for (SampleDocument.Span span : s.sentences()) {
            if (!span.correct()) {
                wrong++;
            }
        }
        b.append("<p><code>").append(escape(s.id())).append("</code>, end to end: each sentence is shaded by its "
                + "predicted label; hover for the gold label and confidence. ").append(wrong)
                .append(" of ").append(s.sentences().size()).append(" predicted sentences disagree with gold "
                        + "(outlined in red).</p><p class=\"legend\">");
        for (Label l : Label.values()) {
            b.append("<span class=\"L-").append(l).append("\">").append(l).append("</span>");
        }
        b.append("</p><div class=\"doc\">");
        String text = s.text();
        int at = 0;
        for (SampleDocument.Span span : s.sentences()) {
            b.append(escape(text.substring(at, span.start())));
            String gold = span.gold().isEmpty() ? "none" : String.join(", ", span.gold().stream().map(Enum::name).toList());
            b.append("<span class=\"L-").append(span.predicted()).append(span.correct() ? "" : " wrong")
                    .append("\" title=\"predicted ").append(span.predicted()).append(" (")
                    .append(Fmt.f3(span.confidence())).append("), gold ").append(gold).append("\">")
                    .append(escape(text.substring(span.start(), span.end()))).append("</span>");
            at = span.end();
        }
        b.append(escape(text.substring(at))).append("</div>\n");
    }

    private void provenance() {
        Provenance p = r.provenance();
        Manifest m = p.model();
        section("provenance", "12. Provenance");
        b.append("<table>");
        kv("model", p.modelSource() + "; Thresher " + m.thresherVersion() + ", Tribuo " + m.tribuoVersion()
                + ", OpenNLP " + m.opennlpVersion() + ", bundle format " + m.format());
        kv("model training", m.documents() + " documents / " + m.sentences() + " sentences, " + m.trainingData()
                + ", seed " + m.seed());
        kv("hyperparameters", new TreeMap<>(m.hyperparameters()).toString());
        kv("evaluated data", p.data() + ", " + p.dataHash());
        kv("command", p.command());
        kv("Java", p.java());
        kv("generated", p.generated() == null ? "n/a" : p.generated());
        kv("run time", Double.isNaN(p.runSeconds()) ? "n/a" : Fmt.f3(p.runSeconds()) + " s");
        b.append("</table>\n");
    }

    private void kv(String key, String value) {
        b.append("<tr><th>").append(escape(key)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private void section(String id, String title) {
        b.append("<h2 id=\"").append(id).append("\">").append(escape(title)).append("</h2>\n");
    }

    private void num(String value) {
        b.append("<td class=\"n\">").append(escape(value)).append("</td>");
    }
}
