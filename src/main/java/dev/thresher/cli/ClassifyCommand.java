package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import dev.thresher.batch.Document;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code thresher classify}: labels every sentence of the inputs. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Split the inputs into sentences and label each one. Documents are processed in parallel "
                + "and written in input order as they are done; one that cannot be read is reported on standard "
                + "error and skipped (exit code 1 at the end).")
final class ClassifyCommand implements Callable<Integer> {
    enum Format { jsonl, text }

    private static final JsonFactory JSON = new JsonFactory();

    @Mixin
    CommonOptions common;

    @Mixin
    BatchOptions batch;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl writes one "
                    + "JSON object per sentence: doc, index, start, end (UTF-16 offsets), label, confidence, "
                    + "scores, text.")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Inputs.Resolved resolved = batch.resolve();
        int threads = batch.threadCount();
        Thresher thresher = common.load();
        boolean header = resolved.many();
        return BatchRunner.run(resolved, batch, threads, doc -> {
            List<LabeledSentence> sentences = thresher.classify(doc.text());
            return format == Format.jsonl ? jsonl(doc.id(), sentences) : text(doc.id(), sentences, header);
        }, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** One JSON object per sentence, one per line. */
    static String jsonl(String doc, List<LabeledSentence> sentences) {
        StringWriter out = new StringWriter(sentences.size() * 256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setRootValueSeparator(new SerializedString("\n"));
            for (int i = 0; i < sentences.size(); i++) {
                LabeledSentence s = sentences.get(i);
                g.writeStartObject();
                g.writeStringField("doc", doc);
                g.writeNumberField("index", i);
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("label", s.label().name());
                g.writeNumberField("confidence", round(s.confidence()));
                g.writeObjectFieldStart("scores");
                for (Label l : Label.values()) {
                    g.writeNumberField(l.name(), round(s.scores().get(l)));
                }
                g.writeEndObject();
                g.writeStringField("text", s.text());
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!sentences.isEmpty()) {
            out.write('\n');
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String text(String doc, List<LabeledSentence> sentences, boolean header) {
        StringBuilder out = new StringBuilder(sentences.size() * 128);
        if (header) {
            out.append("== ").append(doc).append(System.lineSeparator());
        }
        Formatter f = new Formatter(out, Locale.ROOT);
        for (LabeledSentence s : sentences) {
            f.format("%-11s %.2f  %s%n", s.label(), s.confidence(), s.text());
        }
        return out.toString();
    }
}
