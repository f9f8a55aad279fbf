package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.thresher.BatchOptions;
import dev.thresher.ClassifiedDocument;
import dev.thresher.Document;
import dev.thresher.DocumentSource;
import dev.thresher.Explanation;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code thresher classify}: labels every sentence of the inputs. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Split the inputs into sentences and label each one. Documents are processed in parallel "
                + "and written in input order as they are done; one that cannot be read is reported on standard "
                + "error and skipped (exit code 1 at the end).")
final class ClassifyCommand implements Callable<Integer> {
    enum Format { jsonl, text }

    /** The fields of a jsonl output record; input fields with these names are not passed through. */
    private static final Set<String> FIELDS = Set.of("id", "index", "start", "end", "label", "confidence", "scores",
            "text", "explanation", "path");

    @ParentCommand
    Main main;

    @Mixin
    ModelOption model;

    @Mixin
    InputOptions input;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progress;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl writes one "
                    + "JSON object per sentence: id, the input record's other fields (JSON Lines input), index, "
                    + "start, end (UTF-16 offsets into the text; for a web page, into the text extracted from it), "
                    + "path (web pages: a CSS selector for the sentence's element), label, confidence, scores, text.")
    Format format;

    @Option(names = "--labels", split = ",", paramLabel = "LABEL",
            description = "Write only sentences with these labels, e.g. CLAIM,QUOTATION (default: all).")
    Set<Label> labels;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
            description = "Write only sentences whose label has at least this probability, in [0, 1] "
                    + "(default: ${DEFAULT-VALUE}). The evaluation report's calibration table says how accurate "
                    + "each confidence band is.")
    double minConfidence;

    @Option(names = "--explain", arity = "0..1", fallbackValue = "5", paramLabel = "N",
            preprocessor = OptionalCount.class,
            description = "Also say why each sentence got its label: the N features (default 5) that contributed "
                    + "most to the score of the predicted label and of the runner-up, in each stage of the model "
                    + "(jsonl: an \"explanation\" list; text: indented lines).")
    Integer explain;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Lets {@code --explain} take a count only when one follows, so {@code --explain FILE} works. */
    static final class OptionalCount implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec command,
                                  CommandLine.Model.ArgSpec arg, java.util.Map<String, Object> info) {
            if ("=".equals(info.get("separator")) || (!args.isEmpty() && args.peek().matches("-?\\d+"))) {
                return false;
            }
            args.push("5");
            return false;
        }
    }

    @Override
    public Integer call() {
        if (explain != null && explain < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--explain N needs N >= 1");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--min-confidence must be in [0, 1], not " + minConfidence);
        }
        Set<Label> shown = labels == null || labels.isEmpty() ? EnumSet.allOf(Label.class) : EnumSet.copyOf(labels);
        Inputs.Resolved resolved = input.resolve(main.streams());
        Thresher thresher = model.load();
        boolean header = resolved.many();
        int top = explain == null ? 0 : explain;
        BatchOptions options = BatchOptions.defaults().withThreads(threads.threads());
        if (explain != null) {
            options = options.withExplanations();
        }
        return BatchRunner.run(thresher, resolved, options, input.failFast,
                Progress.mode(main.streams().terminal(), progress.progress), main.streams(),
                (source, doc) -> format == Format.jsonl ? jsonl(source, doc, shown, top)
                        : text(doc, shown, top, header),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private boolean shows(LabeledSentence s, Set<Label> shown) {
        return shown.contains(s.label()) && s.confidence() >= minConfidence;
    }

    /**
     * One JSON object per sentence shown, one per line; with explanations, each carries the top
     * {@code top} contributions of every label and stage explained.
     */
    private String jsonl(DocumentSource source, ClassifiedDocument doc, Set<Label> shown, int top) {
        List<LabeledSentence> sentences = doc.sentences();
        StringWriter out = new StringWriter(sentences.size() * (top == 0 ? 256 : 1024));
        try (JsonGenerator g = JsonFields.generator(out)) {
            for (int i = 0; i < sentences.size(); i++) {
                LabeledSentence s = sentences.get(i);
                if (!shows(s, shown)) {
                    continue;
                }
                g.writeStartObject();
                JsonFields.write(g, source, doc.document().id(), FIELDS);
                writeSentence(g, i, s, doc.document());
                if (!doc.explanations().isEmpty()) {
                    writeExplanation(g, doc.explanations().get(i), top);
                }
                g.writeEndObject();
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the sentence's fields into the open object. */
    private static void writeSentence(JsonGenerator g, int i, LabeledSentence s, Document document)
            throws IOException {
        g.writeNumberField("index", i);
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        if (document.isWebPage()) {
            g.writeStringField("path", document.pathAt(s.start()));
        }
        g.writeStringField("label", s.label().name());
        Decimals.write(g, "confidence", s.confidence());
        g.writeObjectFieldStart("scores");
        for (Label l : Label.values()) {
            Decimals.write(g, l.name(), s.scores().get(l));
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
            Decimals.write(g, "score", ev.score());
            Decimals.write(g, "bias", ev.bias());
            g.writeArrayFieldStart("contributions");
            for (Explanation.Contribution c : ev.top(top)) {
                g.writeStartObject();
                g.writeStringField("feature", c.feature());
                g.writeStringField("description", c.description());
                Decimals.write(g, "value", c.value());
                Decimals.write(g, "contribution", c.contribution());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** One line per sentence shown; with explanations, indented lines of evidence. */
    private String text(ClassifiedDocument doc, Set<Label> shown, int top, boolean header) {
        List<LabeledSentence> sentences = doc.sentences();
        StringBuilder out = new StringBuilder(sentences.size() * (top == 0 ? 128 : 512));
        if (header) {
            out.append("== ").append(doc.document().id()).append(System.lineSeparator());
        }
        Formatter f = new Formatter(out, Locale.ROOT);
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            if (!shows(s, shown)) {
                continue;
            }
            f.format("%-11s %.2f  %s%n", s.label(), s.confidence(), s.text());
            if (doc.explanations().isEmpty()) {
                continue;
            }
            for (Explanation.Evidence ev : doc.explanations().get(i).evidence()) {
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
