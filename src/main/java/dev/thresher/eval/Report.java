package dev.thresher.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.thresher.Label;
import dev.thresher.model.Manifest;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An evaluation report: what was evaluated, on what, and the figures. Rendered as Markdown
 * for people and as JSON for programs, both from the same numbers.
 *
 * @param data       the evaluated folder
 * @param documents  how many documents it holds
 * @param dataHash   hash of the evaluated documents
 * @param manifest   the evaluated model's manifest
 * @param result     the figures
 * @param command    the command line that produced the report
 */
public record Report(String data, int documents, String dataHash, Manifest manifest, Evaluator.Result result,
                     String command) {

    /** Writes the report as indented JSON. */
    public void writeJson(Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("data", data);
        root.put("documents", documents);
        root.put("dataHash", dataHash);
        root.put("command", command);
        root.put("model", manifest);
        root.put("endToEnd", result.endToEnd());
        root.put("goldSegmentation", result.goldSegmentation());
        root.put("segmentation", result.segmentation());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, root);
    }

    /** Writes the report as Markdown. */
    public void writeMarkdown(Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Thresher evaluation report\n\n");
        b.append("- data: `").append(data).append("` (").append(documents).append(" documents, ")
                .append(result.endToEnd().sentences()).append(" gold sentences), ").append(dataHash).append('\n');
        b.append("- model: Thresher ").append(manifest.thresherVersion()).append(", Tribuo ")
                .append(manifest.tribuoVersion()).append(", OpenNLP ").append(manifest.opennlpVersion())
                .append(", seed ").append(manifest.seed()).append(", trained on ").append(manifest.documents())
                .append(" documents / ").append(manifest.sentences()).append(" sentences, ")
                .append(manifest.trainingData()).append('\n');
        b.append("- command: `").append(command).append("`\n\n");
        section(b, "End to end (raw text through the segmenter, aligned to gold sentences by overlap)",
                result.endToEnd());
        section(b, "Gold segmentation (classifier fed the gold sentences)", result.goldSegmentation());
        Evaluator.SegmentationScores s = result.segmentation();
        b.append("## Segmentation\n\n");
        b.append("| gold sentences | predicted sentences | boundary precision | boundary recall | boundary F1 |\n");
        b.append("|---:|---:|---:|---:|---:|\n");
        b.append(String.format(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.3f |%n%n", s.goldSentences(),
                s.predictedSentences(), s.precision(), s.recall(), s.f1()));
        out.write(b.toString());
    }

    private static void section(StringBuilder b, String title, LabelScores scores) {
        b.append("## ").append(title).append("\n\n");
        b.append(String.format(Locale.ROOT, "Accuracy **%.3f**, macro-F1 **%.3f** over %d sentences.%n%n",
                scores.accuracy(), scores.macroF1(), scores.sentences()));
        b.append("| label | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n");
        for (Label l : Label.values()) {
            LabelScores.PerLabel p = scores.perLabel().get(l);
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", l, p.precision(), p.recall(),
                    p.f1(), p.support()));
        }
        b.append("\nConfusion matrix (rows: gold, columns: predicted)\n\n| gold \\ predicted |");
        for (Label l : Label.values()) {
            b.append(' ').append(l).append(" |");
        }
        b.append("\n|---|");
        for (int i = 0; i < Label.values().length; i++) {
            b.append("---:|");
        }
        b.append('\n');
        for (Label g : Label.values()) {
            b.append("| ").append(g).append(" |");
            for (Label p : Label.values()) {
                b.append(' ').append(scores.confusion().get(g).get(p)).append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
    }
}
