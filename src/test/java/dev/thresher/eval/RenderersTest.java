package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thresher.eval.ReportModel.Kind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three renderers draw the same report from one {@link ReportModel}. */
class RenderersTest {
    static ReportModel model() {
        ReportModel.Section first = new ReportModel.SectionBuilder("scores", "Scores").prose("Some `code` and **bold**.")
                .table(new ReportModel.TableBuilder("Per label").column("label", Kind.TEXT).column("F1", Kind.NUMBER)
                        .column("n", Kind.COUNT).column("change", Kind.SIGNED).column("interval", Kind.CI)
                        .column("share", Kind.PERCENT)
                        .emphasisedRow("A|B", 0.8404, 12, 0.0121, ReportModel.Range.of(0.1, 0.25), 0.5)
                        .row("C", Double.NaN, 3, -0.0004, ReportModel.Range.of(0.2, 0.3), 0.125).build())
                .chart("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>").build();
        ReportModel.Section second = new ReportModel.SectionBuilder("more", "More <things>").html("<p id=\"x\">x</p>")
                .build();
        return new ReportModel("A report", "Lead `line`.", List.of(new ReportModel.Figure("k.macro", "macro-F1",
                Kind.MEAN_STD, ReportModel.MeanStd.of(0.5, 0.01), null)), List.of("Careful."), List.of(first, second));
    }

    @Test
    void oneModelThreeFormats() throws IOException {
        ReportModel m = model();
        String md = MarkdownRenderer.render(m);
        String html = HtmlRenderer.render(m);
        StringWriter json = new StringWriter();
        JsonRenderer.write(m, json);

        assertTrue(md.contains("## 1. Scores") && md.contains("## 2. More <things>"), md);
        assertTrue(html.contains("<h2 id=\"scores\">1. Scores</h2>") && html.contains("2. More &lt;things&gt;</h2>"));
        assertTrue(html.contains("<a href=\"#more\">2. More &lt;things&gt;</a>"), "navigation from the sections");
        assertTrue(md.contains("| **A\\|B** | 0.840 | 12 | +0.012 | 0.100 to 0.250 | 50.0% |"), md);
        assertTrue(md.contains("| C |  | 3 | 0.000 | 0.200 to 0.300 | 12.5% |"), "NaN is no value; -0.0004 is 0.000");
        assertTrue(html.contains("<tr class=\"us\"><td class=\"t\">A|B</td><td class=\"n\">0.840</td>"), html);
        assertTrue(html.contains("Some <code>code</code> and <b>bold</b>."));
        assertTrue(html.contains("<p id=\"x\">x</p>") && html.contains("<svg"), "HTML-only parts");
        assertFalse(md.contains("<svg") || md.contains("id=\"x\""), "not in Markdown");
        assertTrue(md.contains("| macro-F1 | 0.500 ± 0.010 |") && html.contains("0.500 ± 0.010"));

        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
                .readTree(json.toString());
        assertFalse(json.toString().contains("svg") || json.toString().contains("id=\\\"x\\\""), "not in JSON");
        JsonNode table = root.get("sections").get(0).get("tables").get(0);
        assertEquals("0.840", table.get("rows").get(0).get(1).decimalValue().toPlainString());
        assertTrue(table.get("rows").get(1).get(1).isNull(), "NaN is null");
        assertEquals("0.100", table.get("rows").get(0).get(4).get("low").decimalValue().toPlainString());
        assertEquals("NUMBER", table.get("columns").get(1).get("kind").asText());
        assertEquals("k.macro", root.get("headline").get(0).get("key").asText());
        assertEquals("Careful.", root.get("notes").get(0).asText());
    }

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new ReportModel.TableBuilder(null)
                .column("a", Kind.TEXT).row("x", 1).build());
    }
}
