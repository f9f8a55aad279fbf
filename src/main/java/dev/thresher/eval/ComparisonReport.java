package dev.thresher.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thresher.Label;
import dev.thresher.Manifest;
import java.io.IOException;
import java.io.Writer;

/** Renders a {@link ModelComparison} as Markdown or JSON, with the same numbers in both. */
public final class ComparisonReport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ComparisonReport() {
    }

    /** Writes {@code c} as Markdown. */
    public static void writeMarkdown(ModelComparison c, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Thresher model comparison\n\n");
        b.append("- A: ").append(describe(c.nameA(), c.manifestA())).append('\n');
        b.append("- B: ").append(describe(c.nameB(), c.manifestB())).append('\n');
        b.append("- data: `").append(c.data()).append("`, ").append(c.documents()).append(" documents, ")
                .append(c.a().endToEnd().sentences()).append(" gold sentences, ").append(c.dataHash()).append("\n\n");
        section(b, "End to end", c.a().endToEnd(), c.b().endToEnd());
        section(b, "Gold segmentation", c.a().goldSegmentation(), c.b().goldSegmentation());
        b.append("## Paired, end to end\n\n");
        b.append("| only A right | only B right | both wrong | labelled differently | McNemar exact p | "
                + "B - A macro-F1, 95% interval |\n|---:|---:|---:|---:|---:|---:|\n");
        b.append("| ").append(c.onlyA()).append(" | ").append(c.onlyB()).append(" | ").append(c.bothWrong())
                .append(" | ").append(c.disagreements()).append(" | ").append(Fmt.f3(c.mcNemarP())).append(" | ")
                .append(Fmt.signed3(c.differenceInterval().low())).append(" to ")
                .append(Fmt.signed3(c.differenceInterval().high())).append(" |\n");
        out.write(b.toString());
        out.flush();
    }

    private static String describe(String name, Manifest m) {
        return "`" + name + "` (Thresher " + m.thresherVersion() + ", seed " + m.seed() + ", trained on "
                + m.documents() + " documents, " + m.trainingData() + ")";
    }

    private static void section(StringBuilder b, String title, LabelScores a, LabelScores bb) {
        b.append("## ").append(title).append("\n\n");
        b.append("| figure | A | B | B - A |\n|---|---:|---:|---:|\n");
        line(b, "accuracy", a.accuracy(), bb.accuracy());
        line(b, "macro-F1", a.macroF1(), bb.macroF1());
        for (Label l : Label.values()) {
            LabelScores.PerLabel pa = a.perLabel().get(l);
            LabelScores.PerLabel pb = bb.perLabel().get(l);
            line(b, l + " precision", pa.precision(), pb.precision());
            line(b, l + " recall", pa.recall(), pb.recall());
            line(b, l + " F1", pa.f1(), pb.f1());
        }
        b.append('\n');
    }

    private static void line(StringBuilder b, String name, double a, double bb) {
        b.append("| ").append(name).append(" | ").append(Fmt.f3(a)).append(" | ").append(Fmt.f3(bb)).append(" | ")
                .append(Fmt.signed3(bb - a)).append(" |\n");
    }

    /** Writes {@code c} as indented JSON. */
    public static void writeJson(ModelComparison c, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("a", c.nameA());
        root.put("b", c.nameB());
        root.put("data", c.data());
        root.put("documents", c.documents());
        root.put("dataHash", c.dataHash());
        root.put("trainingDataA", c.manifestA().trainingData());
        root.put("trainingDataB", c.manifestB().trainingData());
        root.set("endToEnd", pair(c.a().endToEnd(), c.b().endToEnd()));
        root.set("goldSegmentation", pair(c.a().goldSegmentation(), c.b().goldSegmentation()));
        ObjectNode paired = root.putObject("paired");
        paired.put("onlyA", c.onlyA());
        paired.put("onlyB", c.onlyB());
        paired.put("bothWrong", c.bothWrong());
        paired.put("disagreements", c.disagreements());
        paired.put("mcNemarP", Fmt.n3(c.mcNemarP()));
        paired.put("macroF1DifferenceLow", Fmt.n3(c.differenceInterval().low()));
        paired.put("macroF1DifferenceHigh", Fmt.n3(c.differenceInterval().high()));
        JSON.writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    private static ObjectNode pair(LabelScores a, LabelScores b) {
        ObjectNode n = JSON.createObjectNode();
        n.set("a", JsonReport.scores(a));
        n.set("b", JsonReport.scores(b));
        ObjectNode diff = n.putObject("difference");
        diff.put("accuracy", Fmt.n3(b.accuracy() - a.accuracy()));
        diff.put("macroF1", Fmt.n3(b.macroF1() - a.macroF1()));
        for (Label l : Label.values()) {
            ObjectNode x = diff.putObject(l.name());
            x.put("precision", Fmt.n3(b.perLabel().get(l).precision() - a.perLabel().get(l).precision()));
            x.put("recall", Fmt.n3(b.perLabel().get(l).recall() - a.perLabel().get(l).recall()));
            x.put("f1", Fmt.n3(b.perLabel().get(l).f1() - a.perLabel().get(l).f1()));
        }
        return n;
    }
}
