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
        assertEquals(3, first.samples().size(), "three sample documents");
        assertEquals(first.scores().endToEnd().sentences(), first.judgements().size());
        assertEquals(4, first.views().curves().size(), "a threshold curve per label");
        assertEquals(3, first.views().documents().size());
        assertFalse(first.views().sites().isEmpty());
        ReportModel model = first.model();
        String md = render(first, "md");
        String html = render(first, "html");
        // the same numbered headings, in the same order, in Markdown and HTML
        List<String> mdHeadings = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^## (\\d+\\. .+)$").matcher(md);
        while (m.find()) {
            mdHeadings.add(m.group(1));
        }
        List<String> htmlHeadings = new ArrayList<>();
        Matcher h = Pattern.compile("<h2 id=\"[^\"]+\">([^<]+)</h2>").matcher(html);
        while (h.find()) {
            htmlHeadings.add(h.group(1));
        }
        assertEquals(model.sections().size(), mdHeadings.size());
        assertEquals(mdHeadings, htmlHeadings);
        for (String title : List.of("Data", "End to end", "Gold segmentation", "Segmentation", "Cleaning", "Baselines",
                "Cross-validation", "Confidence", "Precision and recall against a threshold", "By genre and site",
                "By document", "Errors", "Error browser", "Feature ablation", "Sample documents", "Provenance")) {
            assertTrue(mdHeadings.stream().anyMatch(x -> x.endsWith(". " + title)), title);
        }
        assertEquals("16. Provenance", mdHeadings.get(mdHeadings.size() - 1));
        // what the HTML used to leave out: the ablation's reference model and the data hash
        for (String text : List.of("(the evaluated model itself)", first.provenance().dataHash())) {
            assertTrue(md.contains(text) && html.contains(text), text);
        }
        for (ReportModel.Section s : model.sections()) {
            assertTrue(html.contains("<a href=\"#" + s.id() + "\">" + model.number(s) + ". "), "navigation: " + s.id());
        }
    }

    @Test
    void jsonCarriesTheMarkdownNumbers() throws IOException {
        ReportModel model = first.model();
        String md = render(first, "md");
        String scanned = md;
        // text cells (sentences, names) may hold anything: take them out before looking for figures
        for (ReportModel.Section s : model.sections()) {
            for (ReportModel.Table t : s.tables()) {
                for (List<Object> row : t.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        if (t.columns().get(c).kind() == ReportModel.Kind.TEXT && row.get(c) != null
                                && !row.get(c).toString().isEmpty()) {
                            String cell = "| " + MarkdownRenderer.cell(row.get(c).toString()) + " |";
                            for (String before = ""; !before.equals(scanned); ) {
                                before = scanned;
                                scanned = scanned.replace(cell, "|  |");
                            }
                        }
                    }
                }
            }
        }
        // read decimals exactly as written, so that 0.840 stays 0.840
        JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).readTree(render(first, "json"));
        Set<String> jsonNumbers = new HashSet<>();
        collect(json, jsonNumbers);
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (String line : scanned.split("\n")) {
            Matcher m = Pattern.compile("[-+]?\\d+\\.\\d{3}(?!\\d)").matcher(line);
            while (m.find()) {
                seen++;
                String n = m.group().replace("+", "");
                if (!jsonNumbers.contains(n) && !jsonNumbers.contains(n.replace("-", ""))) {
                    missing.add(n + " in: " + line);
                }
            }
        }
        assertTrue(missing.isEmpty(), "Markdown numbers not in the JSON: " + missing);
        assertTrue(seen > 300, "the Markdown is full of figures: " + seen);

        // and the headline figures sit where they should
        String macro = ReportJson.figure(json, "endToEnd.macroF1").decimalValue().toPlainString();
        assertEquals(Fmt.f3(first.scores().endToEnd().macroF1()), macro);
        assertTrue(md.contains("| end-to-end macro-F1 | " + macro + " |"));
        JsonNode e2e = ReportJson.section(json, "e2e");
        JsonNode perLabel = e2e.get("tables").get(1);
        for (JsonNode row : perLabel.get("rows")) {
            assertTrue(md.contains("| " + row.get(0).asText() + " | " + row.get(1).decimalValue().toPlainString() + " | "
                    + row.get(2).decimalValue().toPlainString() + " | " + row.get(3).decimalValue().toPlainString()
                    + " | " + row.get(4).asInt() + " |"), row.toString());
        }
        JsonNode cv = ReportJson.figure(json, "crossValidation.macroF1");
        assertTrue(md.contains(cv.get("mean").decimalValue().toPlainString() + " ± "
                + cv.get("std").decimalValue().toPlainString()));
        assertEquals(first.scores().endToEnd().macroF1(), ReportJson.figure(json, "endToEnd.macroF1").asDouble(), 0.0005);
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
        assertTrue(render(first, "md").contains("| generated | " + first.provenance().generated() + " |"));
        assertTrue(render(first, "md").contains("| run time, s |"));
    }

    @Test
    void htmlIsSelfContainedWithTheChartsTheSamplesAndTheBrowser() throws IOException {
        String html = render(first, "html");
        assertFalse(Pattern.compile("<script[^>]* src=").matcher(html).find(), "scripts are inline");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing fetched");
        assertEquals(html.replace("http://www.w3.org/2000/svg", "").contains("http"), false,
                "the only URL is the SVG namespace");
        assertTrue(html.contains("confusion matrix"));
        assertTrue(html.contains("Per-label F1, end to end"));
        assertTrue(html.contains("Reliability diagram"));
        assertTrue(html.contains("<polyline"), "threshold curves");
        int highlighted = html.split("title=\"predicted ", -1).length - 1;
        int sentences = first.samples().stream().mapToInt(s -> s.sentences().size()).sum();
        assertEquals(sentences, highlighted, "every sentence of every sample is highlighted");
        assertTrue(html.contains(", gold "));
        long mistakes = first.judgements().stream().filter(j -> !j.correct()).count();
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"mistakes\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(data.find(), "the error browser's data");
        assertEquals(mistakes, new ObjectMapper().readTree(data.group(1)).size());
        assertTrue(html.contains("id=\"f-gold\"") && html.contains("id=\"f-pred\""), "filters");
        assertEquals("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
                HtmlRenderer.escape("<b class=\"x\">Tom & Jerry's</b>"));
    }
}
