package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.thresher.BatchOptions;
import dev.thresher.ClassifiedDocument;
import dev.thresher.CleanText;
import dev.thresher.CleaningPolicy;
import dev.thresher.DocumentSource;
import dev.thresher.PageMetadata;
import dev.thresher.Thresher;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code thresher clean}: prints the inputs without their boilerplate. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Print the text with boilerplate sentences removed and paragraph breaks kept. With several "
                + "documents, text output puts a '== ID' line before each; jsonl output writes one object per "
                + "document: id, the input record's other fields (JSON Lines input), text, for a web page its "
                + "metadata (title, url, published, author, site_name; null where the page does not say) and, "
                + "with --sentences, the kept sentences.")
final class CleanCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    /** The fields of a jsonl output record; input fields with these names are not passed through. */
    private static final Set<String> FIELDS = Set.of("id", "text", "sentences", "metadata");

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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: jsonl when every INPUT is JSON Lines, "
                    + "else text).")
    Format format;

    @Mixin
    CleaningOptions cleaning;

    @Option(names = "--sentences", description = "With jsonl output: add the kept sentences, each with index, start "
            + "and end in the input, clean_start and clean_end in the clean text, label and confidence.")
    boolean sentences;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CleaningPolicy policy = cleaning.policy();
        Inputs.Resolved resolved = input.resolve(main.streams());
        Format output = format != null ? format : resolved.allJsonLines() ? Format.jsonl : Format.text;
        if (sentences && output != Format.jsonl) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sentences needs jsonl output");
        }
        Thresher thresher = model.load();
        boolean header = resolved.many();
        return BatchRunner.run(thresher, resolved, BatchOptions.defaults().withThreads(threads.threads()),
                input.failFast, Progress.mode(main.streams().terminal(), progress.progress), main.streams(),
                (source, doc) -> output == Format.jsonl ? jsonl(source, doc, doc.clean(policy))
                        : text(doc, doc.clean(policy).text(), header),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private static String text(ClassifiedDocument doc, String clean, boolean header) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder(clean.length() + 64);
        if (header) {
            out.append("== ").append(doc.document().id()).append(nl);
        }
        out.append(clean);
        if (!clean.isEmpty() && !clean.endsWith("\n")) {
            out.append(nl);
        }
        return out.toString();
    }

    /** A web page's metadata as the object {@code metadata}, absent parts as null. */
    private static void writeMetadata(JsonGenerator g, PageMetadata m) throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeStringField("title", m.title());
        g.writeStringField("url", m.url());
        g.writeStringField("published", m.published());
        g.writeStringField("author", m.author());
        g.writeStringField("site_name", m.siteName());
        g.writeEndObject();
    }

    private String jsonl(DocumentSource source, ClassifiedDocument doc, CleanText clean) {
        StringWriter out = new StringWriter(clean.text().length() + 64);
        try (JsonGenerator g = JsonFields.generator(out)) {
            g.writeStartObject();
            JsonFields.write(g, source, doc.document().id(), FIELDS);
            g.writeStringField("text", clean.text());
            if (doc.document().isWebPage()) {
                writeMetadata(g, doc.document().metadata().orElseThrow());
            }
            if (sentences) {
                g.writeArrayFieldStart("sentences");
                int index = 0;
                for (CleanText.Kept kept : clean.sentences()) {
                    while (doc.sentences().get(index) != kept.sentence()) {
                        index++;
                    }
                    g.writeStartObject();
                    g.writeNumberField("index", index);
                    g.writeNumberField("start", kept.sentence().start());
                    g.writeNumberField("end", kept.sentence().end());
                    g.writeNumberField("clean_start", kept.start());
                    g.writeNumberField("clean_end", kept.end());
                    g.writeStringField("label", kept.sentence().label().name());
                    Decimals.write(g, "confidence", kept.sentence().confidence());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toString();
    }
}
