package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.thresher.Explanation;
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

    @Option(names = "--explain", arity = "0..1", fallbackValue = "5", paramLabel = "N",
            preprocessor = OptionalCount.class,
            description = "Also say why each sentence got its label: the N features (default 5) that contributed "
                    + "most to the score of the predicted label and of the runner-up, in each stage of the model "
                    + "(jsonl: an \"explanation\" list; text: indented lines).")
    Integer explain;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Lets {@code --explain} take a count only when one follows, so {@code --explain FILE} works. */
    static final class OptionalCount implements picocli.CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(java.util.Stack<String> args, picocli.CommandLine.Model.CommandSpec command,
                                  picocli.CommandLine.Model.ArgSpec arg, java.util.Map<String, Object> info) {
            if ("=".equals(info.get("separator")) || (!args.isEmpty() && args.peek().matches("-?\\d+"))) {
                return false;
            }
            args.push("5");
            return false;
        }
    }

    @Override
    public Integer call() {
        Inputs.Resolved resolved = batch.resolve();
        int threads = batch.threadCount();
        Thresher thresher = common.load();
        boolean header = resolved.many();
        if (explain != null && explain < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--explain N needs N >= 1");
        }
        return BatchRunner.run(resolved, batch, threads, doc -> {
            List<Explanation> explanations = explain == null ? null : thresher.explain(doc.text());
            List<LabeledSentence> sentences = explanations == null ? thresher.classify(doc.text())
                    : explanations.stream().map(Explanation::sentence).toList();
            return format == Format.jsonl ? jsonl(doc.id(), sentences, explanations, explain == null ? 0 : explain)
                    : text(doc.id(), sentences, explanations, explain == null ? 0 : explain, header);
        }, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * One JSON object per sentence, one per line; with {@code explanations} (else null), each
     * carries the top {@code top} contributions of every label and stage explained.
     */
    private static String jsonl(String doc, List<LabeledSentence> sentences, List<Explanation> explanations,
                                int top) {
        StringWriter out = new StringWriter(sentences.size() * (explanations == null ? 256 : 1024));
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setRootValueSeparator(new SerializedString("\n"));
            for (int i = 0; i < sentences.size(); i++) {
                writeSentence(g, doc, i, sentences.get(i));
                if (explanations != null) {
                    writeExplanation(g, explanations.get(i), top);
                }
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

    /** Writes the sentence's fields into a JSON object it opens (the caller closes it). */
    private static void writeSentence(JsonGenerator g, String doc, int i, LabeledSentence s) throws IOException {
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
    }

    private static void writeExplanation(JsonGenerator g, Explanation explanation, int top) throws IOException {
        g.writeArrayFieldStart("explanation");
        for (Explanation.Evidence ev : explanation.evidence()) {
            g.writeStartObject();
            g.writeStringField("label", ev.label().name());
            g.writeStringField("stage", ev.stage().name());
            g.writeNumberField("score", round(ev.score()));
            g.writeNumberField("bias", round(ev.bias()));
            g.writeArrayFieldStart("contributions");
            for (Explanation.Contribution c : ev.top(top)) {
                g.writeStartObject();
                g.writeStringField("feature", c.feature());
                g.writeStringField("description", c.description());
                g.writeNumberField("value", round(c.value()));
                g.writeNumberField("contribution", round(c.contribution()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** One line per sentence; with {@code explanations} (else null), indented lines of evidence. */
    private static String text(String doc, List<LabeledSentence> sentences, List<Explanation> explanations, int top,
                               boolean header) {
        StringBuilder out = new StringBuilder(sentences.size() * (explanations == null ? 128 : 512));
        if (header) {
            out.append("== ").append(doc).append(System.lineSeparator());
        }
        Formatter f = new Formatter(out, Locale.ROOT);
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            f.format("%-11s %.2f  %s%n", s.label(), s.confidence(), s.text());
            if (explanations == null) {
                continue;
            }
            for (Explanation.Evidence ev : explanations.get(i).evidence()) {
                f.format("    %s %s (%s):", ev.label() == s.label() ? "for" : "runner-up", ev.label(),
                        ev.stage() == Explanation.Stage.DOCUMENT ? "page" : "words");
                String separator = " ";
                for (Explanation.Contribution c : ev.top(top)) {
                    out.append(separator).append(c.summary());
                    separator = "; ";
                }
                out.append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
