package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.ThresherException;
import dev.thresher.data.GoldTable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labelled data in the real-world sets' layout ({@code gold.tsv} + {@code docs/}), scored as
 * their {@code score.py} scores. The fixture {@code src/test/resources/golddata} (written for
 * this test) has emoji, a no-break space, a repeated line, a flagged row, an uncovered row and
 * tied votes; {@code pred.jsonl} beside it holds fixed predictions (code-point offsets, as
 * score.py reads them). The expected figures are worked out by hand below and agree with
 * {@code score.py --gold gold.tsv --docs docs --pred pred.jsonl} (macro_f1=0.754, accuracy=0.667;
 * with --strict 0.692; clean-text token F1 0.857; with the CONTENT mapping macro_f1=0.685).
 */
class GoldDataTest {
    static final Path FIXTURE = Path.of("src/test/resources/golddata");

    @TempDir
    Path dir;

    /** The fixture's predictions, by document text, located in it (UTF-16 offsets). */
    static Map<String, List<LabeledSentence>> predictions(GoldTable table) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (GoldTable.Document d : table.documents()) {
            texts.put(d.id(), d.text());
        }
        Map<String, List<LabeledSentence>> out = new HashMap<>();
        Map<String, Integer> at = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(FIXTURE.resolve("pred.jsonl"))) {
            JsonNode o = json.readTree(line);
            String doc = o.get("doc").asText();
            String text = o.get("text").asText();
            int start = texts.get(doc).indexOf(text, at.getOrDefault(doc, 0));
            at.put(doc, start + text.length());
            Map<Label, Double> scores = new EnumMap<>(Label.class);
            for (Label l : Label.values()) {
                scores.put(l, o.get("scores").get(l.name()).asDouble());
            }
            out.computeIfAbsent(texts.get(doc), k -> new ArrayList<>()).add(new LabeledSentence(text, start,
                    start + text.length(), Label.valueOf(o.get("label").asText()), o.get("confidence").asDouble(),
                    scores));
        }
        return out;
    }

    static List<Judgement> judge(GoldTable table, LabelMapping map, boolean strict) throws IOException {
        Map<String, List<LabeledSentence>> predicted = predictions(table);
        List<Judgement> out = new ArrayList<>();
        for (GoldTable.Document d : table.documents()) {
            out.addAll(GoldScorer.judge(d, predicted.getOrDefault(d.text(), List.of()), map, strict));
        }
        return out;
    }

    static List<String> goldLabels(GoldTable table) {
        List<String> out = new ArrayList<>();
        table.documents().forEach(d -> d.rows().forEach(r -> out.add(r.label())));
        return out;
    }

    @Test
    void scoresAsScorePyDoes() throws IOException {
        GoldTable table = GoldTable.read(FIXTURE);
        assertEquals(2, table.documents().size());
        List<Judgement> judged = judge(table, LabelMapping.identity(), false);
        assertEquals(12, judged.size(), "13 rows, the flagged one left out");
        GoldScores s = GoldScores.of(GoldScorer.labelSet(goldLabels(table)), judged);
        assertEquals(List.of("CLAIM", "QUOTATION", "OPINION", "BOILERPLATE"), s.labels());
        // confusion, rows gold, columns predicted (then NONE):
        //   CLAIM 3 0 0 1 0 / QUOTATION 0 1 0 0 0 / OPINION 0 0 1 0 0 / BOILERPLATE 1 0 1 3 1
        assertEquals(List.of("CLAIM", "QUOTATION", "OPINION", "BOILERPLATE", "NONE"), s.predicted());
        int[][] expected = {{3, 0, 0, 1, 0}, {0, 1, 0, 0, 0}, {0, 0, 1, 0, 0}, {1, 0, 1, 3, 1}};
        for (int g = 0; g < 4; g++) {
            assertEquals(java.util.Arrays.toString(expected[g]), java.util.Arrays.toString(s.counts()[g]), s.labels().get(g));
        }
        // F1: CLAIM 3/4, 3/4 -> 0.75; QUOTATION 1; OPINION P 1/2 R 1 -> 2/3; BOILERPLATE P 3/4 R 1/2 -> 0.6
        double macro = (0.75 + 1 + 2.0 / 3 + 0.6) / 4;
        assertEquals(macro, s.macroF1(), 1e-12);
        assertEquals("0.754", Fmt.f3(s.macroF1()), "score.py prints macro_f1=0.754");
        assertEquals(8.0 / 12, s.accuracy(), 1e-12);
        assertEquals(0.6, s.perLabel().get("BOILERPLATE").f1(), 1e-12);

        List<Map<String, long[]>> tokens = new ArrayList<>();
        Map<String, List<LabeledSentence>> predicted = predictions(table);
        for (GoldTable.Document d : table.documents()) {
            tokens.add(GoldScorer.tokens(d, predicted.get(d.text()), LabelMapping.identity()));
        }
        GoldScorer.CleanTokens clean = GoldScorer.clean(tokens);
        assertEquals("0.857", Fmt.f3(clean.precision()), "score.py: clean_text_token P=0.857");
        assertEquals("0.857", Fmt.f3(clean.recall()));
        assertEquals("0.857", Fmt.f3(clean.f1()));
    }

    @Test
    void countsCodePointsAndPythonWhiteSpace() throws IOException {
        List<Judgement> judged = judge(GoldTable.read(FIXTURE), LabelMapping.identity(), false);
        Map<String, String> byText = new HashMap<>();
        judged.forEach(j -> byText.put(j.text(), j.predicted()));
        // "Go 😀" (3 code points, 4 UTF-16 units) against "Now!" (4): BOILERPLATE, not a tie
        assertEquals("BOILERPLATE", byText.get("Go \uD83D\uDE00 Now!"));
        // "Vote" against " now!" with a no-break space, which Python counts as white space: a
        // 4-4 tie, won by the label met first
        assertEquals("CLAIM", byText.get("Vote\u00a0now!"));
        // the second "Share" is judged at its own place, not at the first copy's
        List<Judgement> shares = judged.stream().filter(j -> j.text().equals("Share")).toList();
        assertEquals(List.of("CLAIM", "BOILERPLATE"), shares.stream().map(Judgement::predicted).toList());
        assertTrue(shares.get(1).start() > shares.get(0).start());
        assertEquals(Judgement.NONE, byText.get("Read more: the budget explained"), "no prediction covers it");
        // a judgement's scores are those of the sentence its label came from
        Judgement quote = judged.stream().filter(j -> j.gold().equals("QUOTATION")).findFirst().orElseThrow();
        assertEquals("QUOTATION", quote.predicted());
        assertEquals(quote.confidence(), quote.score("QUOTATION"), 1e-12);
    }

    @Test
    void strictScoresTheFlaggedRows() throws IOException {
        GoldTable table = GoldTable.read(FIXTURE);
        List<Judgement> judged = judge(table, LabelMapping.identity(), true);
        assertEquals(13, judged.size());
        GoldScores s = GoldScores.of(GoldScorer.labelSet(goldLabels(table)), judged);
        // the flagged OPINION row is predicted CLAIM: CLAIM P 3/5; OPINION R 1/2, P 1/2
        double claim = 2 * 0.6 * 0.75 / (0.6 + 0.75);
        assertEquals((claim + 1 + 0.5 + 0.6) / 4, s.macroF1(), 1e-12);
        assertEquals("0.692", Fmt.f3(s.macroF1()), "score.py --strict prints macro_f1=0.692");
    }

    @Test
    void mapsOurLabelsOntoTheGoldLabelSet() throws IOException {
        Path data = dir.resolve("content");
        Files.createDirectories(data.resolve("docs"));
        for (String doc : List.of("a.txt", "b.txt")) {
            Files.copy(FIXTURE.resolve("docs").resolve(doc), data.resolve("docs").resolve(doc));
        }
        String gold = Files.readString(FIXTURE.resolve("gold.tsv"), StandardCharsets.UTF_8)
                .replaceAll("\t(CLAIM|QUOTATION|OPINION)\t", "\tCONTENT\t");
        Files.writeString(data.resolve("gold.tsv"), gold, StandardCharsets.UTF_8);
        GoldTable table = GoldTable.read(data);
        LabelMapping map = LabelMapping.parse("CLAIM=CONTENT,QUOTATION=CONTENT, OPINION=CONTENT");
        GoldScores s = GoldScores.of(GoldScorer.labelSet(goldLabels(table)), judge(table, map, false));
        assertEquals(List.of("BOILERPLATE", "CONTENT"), s.labels(), "the gold labels, sorted");
        // BOILERPLATE: P 3/4, R 3/6 -> 0.6; CONTENT: P 5/7, R 5/6 -> 10/13
        assertEquals((0.6 + 10.0 / 13) / 2, s.macroF1(), 1e-12);
        assertEquals("0.685", Fmt.f3(s.macroF1()), "score.py --map ... prints macro_f1=0.685");
        assertEquals("CLAIM=CONTENT,QUOTATION=CONTENT,OPINION=CONTENT", map.toString());
        assertEquals("CONTENT", map.apply("OPINION"));
        assertEquals("BOILERPLATE", map.apply("BOILERPLATE"));
    }

    @Test
    void badMappingsAreRefusedByName() {
        assertEquals("none", LabelMapping.parse("").toString());
        assertTrue(LabelMapping.parse(null).isIdentity());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelMapping.parse("FACT=CONTENT"))
                .getMessage().contains("'FACT' is not one of our labels"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelMapping.parse("CLAIM"))
                .getMessage().contains("'CLAIM' is not LABEL=GOLD_LABEL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelMapping.parse("CLAIM=A,CLAIM=B"))
                .getMessage().contains("mapped twice"));
    }

    private Path folder(String gold) throws IOException {
        Path data = Files.createTempDirectory(dir, "gold");
        Files.createDirectories(data.resolve("docs"));
        Files.writeString(data.resolve("docs/a.txt"), "One line.\nTwo lines.\n");
        Files.writeString(data.resolve("gold.tsv"), gold);
        return data;
    }

    private String error(String gold) throws IOException {
        Path data = folder(gold);
        ThresherException e = assertThrows(ThresherException.class, () -> GoldTable.read(data));
        assertEquals(ThresherException.Kind.DATA, e.kind());
        return e.getMessage().substring(data.toString().length() + 1);
    }

    @Test
    void malformedRowsNameTheFileAndLine() throws IOException {
        assertTrue(error("doc\tlabel\n").startsWith("gold.tsv:1: the header must name"), error("doc\tlabel\n"));
        assertTrue(error("doc\tlabel\tflag\ttext\na.txt\tCLAIM\t\tOne line.\na.txt\tCLAIM\tTwo lines.\n")
                .startsWith("gold.tsv:3: 3 tab-separated columns, expected 4"));
        assertTrue(error("doc\tlabel\tflag\ttext\nb.txt\tCLAIM\t\tOne line.\n").startsWith("gold.tsv:2: no document docs/b.txt"));
        assertTrue(error("doc\tlabel\tflag\ttext\na.txt\tCLAIM\t\tThree lines.\n")
                .startsWith("gold.tsv:2: text not found in docs/a.txt: Three lines."));
        assertTrue(error("doc\tlabel\tflag\ttext\na.txt\tCLAIM\t\tTwo lines.\na.txt\tCLAIM\t\tOne line.\n")
                .startsWith("gold.tsv:3: text not found in docs/a.txt after the previous row"), "rows in document order");
        assertTrue(error("doc\tlabel\tflag\ttext\na.txt\t\t\tOne line.\n").startsWith("gold.tsv:2: empty label"));
        assertTrue(error("doc\tlabel\tflag\ttext\n../a.txt\tCLAIM\t\tOne line.\n")
                .startsWith("gold.tsv:2: doc ../a.txt is not a file name in docs/"));
        // quotes are text, not quoting; columns may come in any order; flag is optional
        GoldTable t = GoldTable.read(folder("text\tdoc\tlabel\n\"One\tline.\"\tCLAIM\n".replace("\"One\tline.\"\tCLAIM",
                "One line.\ta.txt\tCLAIM")));
        assertEquals(1, t.documents().get(0).rows().size());
        assertEquals("", t.documents().get(0).rows().get(0).flag());
    }

    @Test
    void thresholdCurveCountsWhatReachesEachThreshold() {
        List<Judgement> js = List.of(j("BOILERPLATE", 0.95), j("BOILERPLATE", 0.45), j("CLAIM", 0.42), j("CLAIM", 0.1),
                j("BOILERPLATE", 0.15));
        ThresholdCurve c = ThresholdCurve.of("BOILERPLATE", js);
        assertEquals(3, c.gold());
        assertEquals(ThresholdCurve.STEPS, c.points().size());
        ThresholdCurve.Point at04 = c.points().get(7);
        assertEquals(0.4, at04.threshold(), 0);
        // 0.95, 0.45 and 0.42 reach 0.4; two of them are BOILERPLATE
        assertEquals(3, at04.predicted());
        assertEquals(2, at04.correct());
        assertEquals(2.0 / 3, at04.precision(), 1e-12);
        assertEquals(2.0 / 3, at04.recall(), 1e-12);
        ThresholdCurve.Point at02 = c.points().get(3);
        assertEquals(0.2, at02.threshold(), 1e-12);
        assertEquals(3, at02.predicted());
        ThresholdCurve.Point at01 = c.points().get(1);
        assertEquals(5, at01.predicted(), "0.1 reaches 0.1");
        assertEquals(1.0, at01.recall(), 1e-12);
        ThresholdCurve.Point top = c.points().get(ThresholdCurve.STEPS - 1);
        assertEquals(1, top.predicted());
        assertEquals(1.0, top.precision(), 1e-12);
        for (int i = 1; i < c.points().size(); i++) {
            assertTrue(c.points().get(i).recall() <= c.points().get(i - 1).recall(), "recall never rises");
        }
        assertTrue(Double.isNaN(ThresholdCurve.of("OPINION", js).points().get(0).precision()),
                "nothing predicted: no precision");
    }

    private static Judgement j(String gold, double boilerplate) {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        scores.put("CLAIM", 1 - boilerplate);
        scores.put("BOILERPLATE", boilerplate);
        return new Judgement("d", 0, 1, gold, boilerplate >= 0.5 ? "BOILERPLATE" : "CLAIM",
                Math.max(boilerplate, 1 - boilerplate), scores, "x");
    }

    @Test
    void predictionsFileHasOneLinePerGoldSentence() throws IOException {
        GoldTable table = GoldTable.read(FIXTURE);
        List<Judgement> judged = judge(table, LabelMapping.identity(), false);
        StringWriter w = new StringWriter();
        PredictionsFile.write(judged, w);
        List<String> lines = w.toString().lines().toList();
        assertEquals(judged.size(), lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode o = json.readTree(lines.get(i));
            assertEquals(List.of("doc", "start", "end", "gold", "predicted", "confidence", "scores", "text"),
                    iterable(o.fieldNames()));
            String text = table.documents().stream().filter(d -> d.id().equals(o.get("doc").asText())).findFirst()
                    .orElseThrow().text();
            assertEquals(o.get("text").asText(), text.substring(o.get("start").asInt(), o.get("end").asInt()),
                    "UTF-16 offsets into the document");
            assertEquals(judged.get(i).predicted(), o.get("predicted").asText());
            assertEquals(4, o.get("scores").size());
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
