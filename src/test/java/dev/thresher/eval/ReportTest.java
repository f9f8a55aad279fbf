package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.thresher.Label;
import dev.thresher.TinyDataset;
import dev.thresher.TrainerSettings;
import dev.thresher.features.FeatureConfig;
import dev.thresher.features.FeatureGroup;
import dev.thresher.model.Pipeline;
import dev.thresher.train.ModelTrainer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole report on a tiny dataset (6 train, 3 dev, 3 test documents, a model trained for a
 * few epochs): every section is present, the JSON carries the Markdown's numbers, and two runs
 * give the same report except for the date and run time.
 */
class ReportTest {
    @TempDir
    static Path dir;
    static Report first;
    static Report second;

    @BeforeAll
    static void build() throws IOException {
        Path root = TinyDataset.create(dir.resolve("data"), 6, 3, 3);
        EvaluationData data = EvaluationData.locate(root.resolve("test"));
        TrainerSettings settings = new TrainerSettings(11, 4, 0.05, 0.1, 1, false, 0, 1);
        Pipeline model = new Pipeline(new ModelTrainer(FeatureConfig.defaults(), settings).train(data.train()));
        ReportBuilder.Options options = new ReportBuilder.Options(true, 2, true, 2, null);
        first = new ReportBuilder(m -> { }).build(model, "tiny", data, "thresher evaluate", options);
        second = new ReportBuilder(m -> { }).build(model, "tiny", EvaluationData.locate(root.resolve("test")),
                "thresher evaluate", new ReportBuilder.Options(true, 2, true, 1, null));
    }

    private static String render(Report r, String format) throws IOException {
        StringWriter w = new StringWriter();
        switch (format) {
            case "md" -> r.writeMarkdown(w);
            case "json" -> r.writeJson(w);
            default -> r.writeHtml(w);
        }
        return w.toString();
    }

    @Test
    void everySectionIsThere() throws IOException {
        assertEquals(3, first.data().documents());
        assertTrue(first.data().documentsWithMetadata() == 3 && !first.data().sites().isEmpty());
        assertEquals(List.of("majority", "keywords", "opennlp-doccat"),
                first.baselines().entries().stream().map(BaselineComparison.Entry::name).toList());
        assertNotNull(first.crossValidation());
        assertEquals(2, first.crossValidation().folds().size());
        assertEquals(9, first.crossValidation().documents(), "train + dev, never test");
        assertNotNull(first.ablation());
        assertEquals(FeatureGroup.values().length, first.ablation().rows().size());
        assertTrue(first.ablation().referenceIsEvaluatedModel());
        assertNotNull(first.sample());
        String md = render(first, "md");
        for (String heading : List.of("## 1. Data", "## 2. End to end", "## 3. Gold segmentation", "## 4. Segmentation",
                "## 5. Cleaning", "## 6. Baselines", "## 7. Cross-validation", "## 8. Confidence", "## 9. Errors",
                "## 10. Feature ablation", "## 11. Provenance")) {
            assertTrue(md.contains(heading), heading);
        }
    }

    @Test
    void jsonCarriesTheMarkdownNumbers() throws IOException {
        String md = render(first, "md");
        // read decimals exactly as written, so that 0.840 stays 0.840
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(render(first, "json"));
        Set<String> jsonNumbers = new HashSet<>();
        collect(json, jsonNumbers);
        // every figure the Markdown prints (three decimals) is a number in the JSON; example
        // sentences (the last cell of the error tables) are text and may hold anything
        List<String> missing = new ArrayList<>();
        boolean inErrors = false;
        for (String line : md.split("\n")) {
            inErrors = line.startsWith("## ") ? line.startsWith("## 9.") : inErrors;
            String scanned = inErrors && line.startsWith("| ") ? line.substring(0, line.lastIndexOf(" | ")) : line;
            Matcher m = Pattern.compile("[-+]?\\d+\\.\\d{3}(?!\\d)").matcher(scanned);
            while (m.find()) {
                String n = m.group().replace("+", "");
                if (!jsonNumbers.contains(n) && !jsonNumbers.contains(n.replace("-", ""))) {
                    missing.add(n + " in: " + line);
                }
            }
        }
        assertTrue(missing.isEmpty(), "Markdown numbers not in the JSON: " + missing);

        // and the headline figures sit where they should
        JsonNode e2e = json.get("endToEnd");
        assertTrue(md.contains("macro-F1 **" + e2e.get("macroF1").asText() + "**"));
        for (Label l : Label.values()) {
            JsonNode p = e2e.get("perLabel").get(l.name());
            assertTrue(md.contains("| " + l + " | " + p.get("precision").asText() + " | " + p.get("recall").asText()
                    + " | " + p.get("f1").asText() + " | " + p.get("support").asInt() + " |"), l.name());
        }
        JsonNode clean = json.get("cleaning").get("clean");
        assertTrue(md.contains("| Thresher `clean()` | " + clean.get("precision").asText() + " | "
                + clean.get("recall").asText() + " | " + clean.get("f1").asText() + " | "
                + clean.get("boilerplateLeakage").asText() + " | " + clean.get("contentLoss").asText() + " |"));
        for (JsonNode b : json.get("baselines").get("entries")) {
            String lead = b.get("lead").decimalValue().signum() > 0 ? "+" + b.get("lead").asText()
                    : b.get("lead").asText();
            assertTrue(md.contains("| " + b.get("name").asText() + " | " + b.get("endToEnd").get("accuracy").asText()
                    + " | " + b.get("endToEnd").get("macroF1").asText() + " |"), b.get("name").asText());
            assertTrue(md.contains("| " + lead + " |"), lead);
        }
        JsonNode cv = json.get("crossValidation");
        assertTrue(md.contains(cv.get("macroF1").get("mean").asText() + " ± " + cv.get("macroF1").get("std").asText()));
        assertEquals(first.scores().endToEnd().macroF1(), e2e.get("macroF1").asDouble(), 0.0005);
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isNumber()) {
            out.add(node.isIntegralNumber() ? node.asText() : node.decimalValue().toPlainString());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collect(it.next(), out);
        }
    }

    @Test
    void sameInputsGiveTheSameReportExceptDateAndRunTime() throws IOException {
        for (String format : List.of("md", "json", "html")) {
            assertEquals(render(first.withoutTimings(), format), render(second.withoutTimings(), format), format);
        }
        assertNotNull(first.provenance().generated());
        assertFalse(Double.isNaN(first.provenance().runSeconds()));
        assertTrue(render(first, "md").contains("- generated: " + first.provenance().generated()));
    }

    @Test
    void htmlIsSelfContainedWithTheChartsAndTheSample() throws IOException {
        String html = render(first, "html");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing fetched");
        assertEquals(html.replace("http://www.w3.org/2000/svg", "").contains("http"), false,
                "the only URL is the SVG namespace");
        assertTrue(html.contains("confusion matrix"));
        assertTrue(html.contains("Per-label F1, end to end"));
        assertTrue(html.contains("Reliability diagram"));
        int highlighted = html.split("title=\"predicted ", -1).length - 1;
        assertEquals(first.sample().sentences().size(), highlighted, "every sentence of the sample is highlighted");
        assertTrue(html.contains(", gold "));
        assertEquals("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
                HtmlReport.escape("<b class=\"x\">Tom & Jerry's</b>"));
    }
}
