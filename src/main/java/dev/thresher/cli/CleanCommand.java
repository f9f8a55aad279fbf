package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.thresher.Thresher;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code thresher clean}: prints the inputs without their boilerplate. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Print the text with boilerplate sentences removed and paragraph breaks kept. With several "
                + "documents, text output puts a '== NAME' line before each; jsonl output writes {\"id\", \"text\"} "
                + "per document.")
final class CleanCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    private static final JsonFactory JSON = new JsonFactory();

    @Mixin
    CommonOptions common;

    @Mixin
    BatchOptions batch;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: jsonl for --input-format jsonl, "
                    + "else text).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Inputs.Resolved resolved = batch.resolve();
        int threads = batch.threadCount();
        Format output = format != null ? format : batch.inputFormat == Inputs.Format.jsonl ? Format.jsonl : Format.text;
        Thresher thresher = common.load();
        boolean header = resolved.many();
        return BatchRunner.run(resolved, batch, threads, doc -> {
            String clean = thresher.clean(doc.text());
            if (output == Format.jsonl) {
                return jsonl(doc.id(), clean);
            }
            String nl = System.lineSeparator();
            StringBuilder out = new StringBuilder(clean.length() + 64);
            if (header) {
                out.append("== ").append(doc.id()).append(nl);
            }
            out.append(clean);
            if (!clean.isEmpty() && !clean.endsWith("\n")) {
                out.append(nl);
            }
            return out.toString();
        }, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private static String jsonl(String id, String text) {
        StringWriter out = new StringWriter(text.length() + 64);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("text", text);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toString();
    }
}
