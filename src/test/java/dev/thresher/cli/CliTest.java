package dev.thresher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** Runs the command line with an empty standard input that is not a terminal, like a pipeline's. */
    static Run run(String... args) {
        return run(new Main.Streams(new java.io.ByteArrayInputStream(new byte[0]), Terminal.NONE), args);
    }

    static Run run(Main.Streams streams, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, streams, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path firstTestDocument() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("datasets/test"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void classifyJsonlFollowsTheContract() throws IOException {
        Path doc = firstTestDocument();
        String text = Files.readString(doc);
        Run r = run("classify", "--format", "jsonl", doc.toString());
        assertEquals(0, r.code(), r.err());
        ObjectMapper json = new ObjectMapper();
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() > 5);
        int previousEnd = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = json.readTree(lines.get(i));
            assertEquals(doc.toString(), node.get("id").asText());
            assertEquals(i, node.get("index").asInt());
            int start = node.get("start").asInt();
            int end = node.get("end").asInt();
            assertTrue(start >= previousEnd);
            assertEquals(text.substring(start, end), node.get("text").asText());
            assertTrue(List.of("CLAIM", "QUOTATION", "OPINION", "BOILERPLATE").contains(node.get("label").asText()));
            assertEquals(4, node.get("scores").size());
            assertEquals(node.get("scores").get(node.get("label").asText()).asDouble(),
                    node.get("confidence").asDouble(), 1e-9);
            previousEnd = end;
        }
    }

    @Test
    void textFormatShowsLabelConfidenceAndSentence() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), "Storm closes harbour\nThe harbour closed on Tuesday.");
        Run r = run("classify", input.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).matches("(CLAIM|QUOTATION|OPINION|BOILERPLATE) +[01]\\.\\d\\d  The harbour closed on Tuesday\\."),
                lines.get(1));
    }

    @Test
    void cleanPrintsTextWithoutBoilerplate() throws IOException {
        Path input = Files.writeString(dir.resolve("b.txt"),
                "Home | News | Sport\nThe harbour closed on Tuesday after the storm.\n\u00a9 2026 Harbour Post. All rights reserved.\n");
        Run r = run("clean", input.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("The harbour closed on Tuesday after the storm.\n", r.out());
    }

    @Test
    void errorsAreOneLineWithMeaningfulExitCodes() throws IOException {
        Run missing = run("classify", dir.resolve("none.txt").toString());
        assertEquals(Main.INPUT, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("none.txt"));

        Path input = Files.writeString(dir.resolve("c.txt"), "Text.");
        Path badModel = Files.writeString(dir.resolve("m.thresher"), "garbage");
        Run model = run("classify", "--model", badModel.toString(), input.toString());
        assertEquals(Main.MODEL, model.code());
        assertEquals(1, model.err().lines().count(), model.err());

        Path binary = Files.write(dir.resolve("d.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF});
        Run bad = run("classify", binary.toString());
        assertEquals(Main.INPUT, bad.code());
        assertTrue(bad.err().contains("not valid UTF-8"), bad.err());

        Run usage = run("classify", "--format", "xml", input.toString());
        assertEquals(Main.INPUT, usage.code());

        Run data = run("train", "--data", dir.toString(), "--out", dir.resolve("x.thresher").toString());
        assertEquals(Main.DATA, data.code(), data.err());
        assertTrue(!data.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void helpIsAvailableEverywhere() {
        for (String command : new String[] {"classify", "clean", "train", "evaluate", "compare", "stats"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: thresher " + command), r.out());
        }
        assertTrue(run("--help").out().contains("Exit codes"));
    }

    @Test
    void trainEvaluateAndCompareOnATinyDataset() throws IOException {
        Path data = dev.thresher.TinyDataset.create(dir.resolve("data"), 6, 3, 3);
        Path model = dir.resolve("tiny.thresher");
        Run train = run("train", "--data", data.toString(), "--out", model.toString(), "--epochs", "4");
        assertEquals(0, train.code(), train.err());
        Path out = dir.resolve("report");
        Run eval = run("evaluate", "--model", model.toString(), "--data", data.resolve("test").toString(), "--out",
                out.toString(), "--folds", "2");
        assertEquals(0, eval.code(), eval.err());
        assertEquals("", eval.err(), "nothing on standard error when it is not a terminal");
        assertEquals(1, eval.out().lines().count(), "one summary line: " + eval.out());
        assertTrue(eval.out().startsWith("end-to-end macro-F1 "), eval.out());
        assertTrue(train.out().startsWith("trained on 6 documents"), train.out());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        String markdown = Files.readString(out.resolve("report.md"));
        String html = Files.readString(out.resolve("report.html"));
        JsonNode macroNode = dev.thresher.eval.ReportJson.figure(report, "endToEnd.macroF1");
        double macro = macroNode.asDouble();
        assertTrue(markdown.contains("| end-to-end macro-F1 | " + macroNode.asText() + " |"), markdown);
        assertTrue(eval.out().contains("end-to-end macro-F1 " + macroNode.asText() + ";"), eval.out());
        String provenance = dev.thresher.eval.ReportJson.section(report, "provenance").toString();
        assertTrue(provenance.contains("6 documents"), provenance);
        assertTrue(provenance.contains("thresher evaluate --model "), provenance);
        assertTrue(dev.thresher.eval.ReportJson.section(report, "cv").toString().contains("2-fold by document on "
                + "train+dev (9 documents"));
        assertTrue(dev.thresher.eval.ReportJson.section(report, "ablation").toString().contains("Not run"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("Reliability diagram"));

        Run noCv = run("evaluate", "--model", model.toString(), "--data", data.resolve("test").toString(), "--out",
                dir.resolve("report2").toString(), "--no-cv");
        assertEquals(0, noCv.code(), noCv.err());
        JsonNode second = new ObjectMapper().readTree(dir.resolve("report2/report.json").toFile());
        assertTrue(dev.thresher.eval.ReportJson.section(second, "cv").toString().contains("Not run"));
        assertEquals(dev.thresher.eval.ReportJson.section(report, "e2e"),
                dev.thresher.eval.ReportJson.section(second, "e2e"), "same model, same data, same figures");

        Run badFolds = run("evaluate", "--data", data.resolve("test").toString(), "--out", out.toString(), "--folds", "1");
        assertEquals(Main.INPUT, badFolds.code());
        assertTrue(badFolds.err().contains("--folds"), badFolds.err());

        Run compare = run("compare", "default", model.toString(), "--data", data.resolve("test").toString(), "--out",
                dir.resolve("cmp").toString());
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().contains("| macro-F1 |"), compare.out());
        JsonNode cmp = new ObjectMapper().readTree(dir.resolve("cmp/compare.json").toFile());
        double a = dev.thresher.eval.ReportJson.figure(cmp, "a.endToEnd.macroF1").asDouble();
        double b = dev.thresher.eval.ReportJson.figure(cmp, "b.endToEnd.macroF1").asDouble();
        String compareHtml = Files.readString(dir.resolve("cmp/compare.html"));
        assertTrue(compareHtml.contains("Sentences the models disagree on") && compareHtml.contains("<svg"));
        assertEquals(macro, b, 1e-9, "B is the tiny model evaluated above");
        assertTrue(a > b, "the default model beats a 6-document model");
        assertTrue(compare.out().contains(String.format(java.util.Locale.ROOT, "| macro-F1 | %.3f | %.3f |", a, b)));
    }

    @Test
    void evaluateOnAGoldFolder() throws IOException {
        Path out = dir.resolve("gold-report");
        Path predictions = dir.resolve("gold-pred.jsonl");
        Run r = run("evaluate", "--data", "src/test/resources/golddata", "--out", out.toString(), "--predictions",
                predictions.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("macro-F1 "), r.out());
        assertEquals(12, Files.readAllLines(predictions).size(), "one line per unflagged gold row");
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("1 flagged as debatable, left out"), md);
        assertTrue(md.contains("Baselines, cross-validation and ablation") && md.contains("has none"), md);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("id=\"mistakes\"") && html.contains("<polyline"));
        Path again = dir.resolve("gold-report-2");
        assertEquals(0, run("evaluate", "--data", "src/test/resources/golddata", "--out", again.toString()).code());
        java.util.function.Function<String, String> untimed = text -> text.replaceAll("(?m)^\\| generated \\|.*$", "")
                .replaceAll("(?m)^\\| [0-9.]+ \\|$", "").replace(predictions.toString(), "").replace(again.toString(), "")
                .replace(out.toString(), "").replace(" --predictions ", "");
        assertEquals(untimed.apply(md), untimed.apply(Files.readString(again.resolve("report.md"))),
                "the same report apart from the date and run time");
        Run compare = run("compare", "default", "default", "--data", "src/test/resources/golddata", "--out",
                dir.resolve("gold-cmp").toString());
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().contains("| B - A macro-F1 | 0.000 |"), compare.out());
        assertTrue(Files.readString(dir.resolve("gold-cmp/compare.html")).contains("0 gold sentences are labelled "
                + "differently"));
        Run strict = run("evaluate", "--data", "src/test/resources/golddata", "--out", out.toString(), "--strict",
                "--map", "OPINION=OPINION", "--predictions", predictions.toString());
        assertEquals(0, strict.code(), strict.err());
        assertEquals(13, Files.readAllLines(predictions).size());
        assertTrue(Files.readString(out.resolve("report.md")).contains("`OPINION=OPINION`"), "the mapping is stated");

        Run badMap = run("evaluate", "--data", "src/test/resources/golddata", "--out", out.toString(), "--map", "X=Y");
        assertEquals(Main.INPUT, badMap.code());
        assertTrue(badMap.err().contains("--map: 'X' is not one of our labels"), badMap.err());
        Run mapOnDataset = run("evaluate", "--data", "datasets/test", "--out", out.toString(), "--map", "CLAIM=X");
        assertEquals(Main.INPUT, mapOnDataset.code());
        assertTrue(mapOnDataset.err().contains("--map is for a folder with gold.tsv"), mapOnDataset.err());

        Path bad = dir.resolve("bad-gold");
        Files.createDirectories(bad.resolve("docs"));
        Files.writeString(bad.resolve("docs/a.txt"), "Hello.\n");
        Files.writeString(bad.resolve("gold.tsv"), "doc\tlabel\tflag\ttext\na.txt\tCLAIM\t\tHello.\na.txt\tCLAIM\n");
        Run malformed = run("evaluate", "--data", bad.toString(), "--out", out.toString());
        assertEquals(Main.DATA, malformed.code());
        assertEquals("thresher: " + bad.resolve("gold.tsv") + ":3: 2 tab-separated columns, expected 4 as in the header",
                malformed.err().strip());
    }

    @Test
    void statsPrintsEverySplit() {
        Run r = run("stats", "--data", "datasets");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("train: ") && r.out().contains("dev: ") && r.out().contains("test: "));
    }

    @Test
    void explainAddsTheTopContributionsWithoutChangingLabelsOrScores() throws IOException {
        Path doc = firstTestDocument();
        ObjectMapper json = new ObjectMapper();
        List<String> plain = run("classify", "--format", "jsonl", doc.toString()).out().lines().toList();
        Run r = run("classify", "--format", "jsonl", "--explain", "3", doc.toString());
        assertEquals(0, r.code(), r.err());
        List<String> explained = r.out().lines().toList();
        assertEquals(plain.size(), explained.size());
        for (int i = 0; i < plain.size(); i++) {
            com.fasterxml.jackson.databind.node.ObjectNode node =
                    (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(explained.get(i));
            JsonNode explanation = node.remove("explanation");
            assertEquals(json.readTree(plain.get(i)), node, "explaining changed the sentence's output");
            assertEquals(4, explanation.size());
            assertEquals(node.get("label").asText(), explanation.get(0).get("label").asText());
            for (JsonNode evidence : explanation) {
                assertTrue(evidence.get("contributions").size() <= 3);
                for (JsonNode c : evidence.get("contributions")) {
                    assertTrue(c.get("feature").isTextual() && c.get("description").isTextual());
                    assertTrue(c.get("contribution").isNumber());
                }
            }
        }
        Run text = run("classify", "--explain", doc.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("    for ") && l.contains("(page):")), text.out());
        assertEquals(1, run("classify", "--explain", "0", doc.toString()).code());
    }
}
