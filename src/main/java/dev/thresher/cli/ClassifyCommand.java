package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import dev.thresher.ThresherException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thresher classify}: labels every sentence of the inputs. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Split the inputs into sentences and label each one.")
final class ClassifyCommand implements Callable<Integer> {
    enum Format { jsonl, text }

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl writes one "
                    + "JSON object per sentence: doc, index, start, end (UTF-16 offsets), label, confidence, "
                    + "scores, text.")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "A .txt file, a folder of .txt files (searched recursively), or - for standard input.")
    List<String> inputs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final JsonFactory json = new JsonFactory();

    @Override
    public Integer call() throws IOException {
        List<Inputs.Input> resolved = Inputs.resolve(inputs);
        Thresher thresher = common.load();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Inputs.Input input : resolved) {
            String text;
            try {
                text = input.read(System.in);
            } catch (ThresherException e) {
                err.println("thresher: " + e.getMessage());
                failures++;
                continue;
            }
            List<LabeledSentence> sentences = thresher.classify(text);
            if (format == Format.jsonl) {
                writeJsonl(out, input.name(), sentences);
            } else {
                writeText(out, input.name(), sentences, resolved.size() > 1);
            }
            out.flush();
            if (out.checkError()) {
                return Main.OK;
            }
        }
        return failures == 0 ? Main.OK : Main.INPUT;
    }

    private void writeJsonl(PrintWriter out, String doc, List<LabeledSentence> sentences) throws IOException {
        for (int i = 0; i < sentences.size(); i++) {
            LabeledSentence s = sentences.get(i);
            StringWriter line = new StringWriter();
            try (JsonGenerator g = json.createGenerator(line)) {
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
            out.println(line);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static void writeText(PrintWriter out, String doc, List<LabeledSentence> sentences, boolean header) {
        if (header) {
            out.println("== " + doc);
        }
        for (LabeledSentence s : sentences) {
            out.printf(Locale.ROOT, "%-11s %.2f  %s%n", s.label(), s.confidence(), s.text());
        }
    }
}
