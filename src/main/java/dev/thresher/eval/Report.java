package dev.thresher.eval;

import dev.thresher.data.DataSummary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * An evaluation report: every figure of one run of {@code evaluate}, rendered by
 * {@link MarkdownReport}, {@link JsonReport} and {@link HtmlReport} from these same values.
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
 * @param sample          one document rendered in the HTML report
 * @param skipped         reasons for sections left out, by section name
 * @param notes           caveats a reader should know
 */
public record Report(Provenance provenance, DataSummary data, Evaluator.Result scores,
                     Bootstrap.Interval macroF1Interval, CleaningScores cleaning, CleaningScores keepEverything,
                     BaselineComparison baselines, CrossValidation.Result crossValidation, Reliability reliability,
                     ErrorAnalysis errors, Ablation.Result ablation, SampleDocument sample,
                     Map<String, String> skipped, List<String> notes) {
    /** Section names used in {@link #skipped()}. */
    public static final String CROSS_VALIDATION = "crossValidation";
    /** Section name of the ablation. */
    public static final String ABLATION = "ablation";

    /** Copies the collections. */
    public Report {
        skipped = Map.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** The same report without the date and run time, which differ from run to run. */
    public Report withoutTimings() {
        return new Report(provenance.withoutTimings(), data, scores, macroF1Interval, cleaning, keepEverything,
                baselines, crossValidation, reliability, errors, ablation, sample, skipped, notes);
    }

    /** Writes the report as Markdown. */
    public void writeMarkdown(Writer out) throws IOException {
        MarkdownReport.write(this, out);
    }

    /** Writes the report as indented JSON. */
    public void writeJson(Writer out) throws IOException {
        JsonReport.write(this, out);
    }

    /** Writes the report as one self-contained HTML page. */
    public void writeHtml(Writer out) throws IOException {
        HtmlReport.write(this, out);
    }
}
