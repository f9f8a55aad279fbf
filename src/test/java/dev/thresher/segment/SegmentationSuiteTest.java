package dev.thresher.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the segmentation suite ({@code segmentation/cases.jsonl}: 135 cases written for this
 * project) through Thresher's segmenter and through the stock OpenNLP detector, and requires
 * 95% of cases to come out exactly right. Pass rates and failures go to
 * {@code target/segmentation-report.txt}.
 */
class SegmentationSuiteTest {
    record Case(String id, String category, String input, List<String> expected) {
    }

    private static List<Case> cases;

    @BeforeAll
    static void load() throws IOException {
        cases = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = SegmentationSuiteTest.class.getResourceAsStream("/segmentation/cases.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> expected = new ArrayList<>();
                node.get("expected").forEach(e -> expected.add(e.asText()));
                cases.add(new Case(node.get("id").asText(), node.get("category").asText(),
                        node.get("input").asText(), expected));
            }
        }
    }

    static List<String> stock(String text) throws IOException {
        try (InputStream in = Segmenter.class.getClassLoader().getResourceAsStream(Segmenter.SENTENCE_MODEL_RESOURCE)) {
            SentenceDetectorME me = new SentenceDetectorME(new SentenceModel(in));
            List<String> out = new ArrayList<>();
            for (Span span : me.sentPosDetect(text)) {
                String s = strip(text.substring(span.getStart(), span.getEnd()));
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
            return out;
        }
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && Whitespace.isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && Whitespace.isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static double passRate(Function<String, List<String>> segmenter, StringBuilder failures) {
        int passed = 0;
        for (Case c : cases) {
            List<String> actual = segmenter.apply(c.input());
            if (actual.equals(c.expected())) {
                passed++;
            } else if (failures != null) {
                failures.append(c.id()).append('\n')
                        .append("  expected ").append(c.expected()).append('\n')
                        .append("  actual   ").append(actual).append('\n');
            }
        }
        return (double) passed / cases.size();
    }

    @Test
    void thresherPassesAtLeast95PercentAndBeatsStock() throws IOException {
        Segmenter segmenter = Segmenter.english();
        StringBuilder failures = new StringBuilder();
        double ours = passRate(t -> segmenter.segment(t).stream().map(Sentence::text).toList(), failures);
        double stock = passRate(t -> {
            try {
                return stock(t);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, null);
        String report = String.format("cases: %d%nthresher: %.1f%%%nstock opennlp: %.1f%%%n%s",
                cases.size(), 100 * ours, 100 * stock, failures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/segmentation-report.txt"), report);
        assertTrue(cases.size() >= 60, "suite too small");
        assertTrue(ours >= 0.95, report);
        assertTrue(ours > stock, report);
    }
}
