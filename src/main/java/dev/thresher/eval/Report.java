package dev.thresher.eval;

import dev.thresher.data.DataSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * An evaluation report on our own dataset format: every figure of one run of {@code evaluate}.
 * {@link #model()} turns it into the {@link ReportModel} that all three formats render.
 * Optional sections are {@code null} and {@link #skipped()} says why.
 *
 * @param provenance      where the report comes from
 * @param data            what the evaluated data holds
 * @param scores          end-to-end, gold-segmentation and segmentation figures
 * @param macroF1Interval 95% bootstrap interval (documents resampled) of end-to-end macro-F1
 * @param cleaning        the cleaning scores of {@code clean()}
 * @param keepEverything  the cleaning scores of returning the text unchanged, for reference
 * @param baselines       baselines on the same documents
 * @param crossValidation k-fold cross-validation on train+dev, or {@code null}
 * @param reliability     confidence calibration and abstention
 * @param errors          the most frequent confusions with examples
 * @param ablation        feature-group ablation, or {@code null}
 * @param samples         documents rendered highlighted in the HTML report
 * @param judgements      every gold sentence's end-to-end prediction
 * @param views           scores per genre, site and document, and threshold curves
 * @param skipped         reasons for sections left out, by section name
 * @param notes           caveats a reader should know
 */
public record Report(Provenance provenance, DataSummary data, Evaluator.Result scores,
                     Bootstrap.Interval macroF1Interval, CleaningScores cleaning, CleaningScores keepEverything,
                     BaselineComparison baselines, CrossValidation.Result crossValidation, Reliability reliability,
                     ErrorAnalysis errors, Ablation.Result ablation, List<SampleDocument> samples,
                     List<Judgement> judgements, Views views, Map<String, String> skipped, List<String> notes) {
    /** Section names used in {@link #skipped()}. */
    public static final String CROSS_VALIDATION = "crossValidation";
    /** Section name of the ablation. */
    public static final String ABLATION = "ablation";

    /** Copies the collections. */
    public Report {
        samples = List.copyOf(samples);
        judgements = List.copyOf(judgements);
        skipped = Map.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** The same report without the date and run time, which differ from run to run. */
    public Report withoutTimings() {
        return new Report(provenance.withoutTimings(), data, scores, macroF1Interval, cleaning, keepEverything,
                baselines, crossValidation, reliability, errors, ablation, samples, judgements, views, skipped, notes);
    }

    /** The report as sections and tables, for the renderers. */
    public ReportModel model() {
        return EvaluationSections.of(this);
    }

    /** Writes the report as Markdown. */
    public void writeMarkdown(Writer out) throws IOException {
        MarkdownRenderer.write(model(), out);
    }

    /** Writes the report as indented JSON. */
    public void writeJson(Writer out) throws IOException {
        JsonRenderer.write(model(), out);
    }

    /** Writes the report as one self-contained HTML page. */
    public void writeHtml(Writer out) throws IOException {
        HtmlRenderer.write(model(), out);
    }
}
