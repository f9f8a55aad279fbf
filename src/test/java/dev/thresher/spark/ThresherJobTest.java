package dev.thresher.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thresher.CleaningPolicy;
import dev.thresher.Thresher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job end to end, from its arguments: JSON Lines in, Parquet out, and Parquet in, JSON Lines out. */
class ThresherJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;
    private static Thresher thresher;
    private static List<SparkTests.Doc> split;

    @BeforeAll
    static void setUp() {
        spark = SparkTests.session();
        thresher = Thresher.loadDefault();
        split = SparkTests.testSplit();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run job(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ThresherJob.run(() -> spark, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonLinesInParquetOut(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            ObjectNode record = JSON.createObjectNode().put("url", "https://example.org/" + i)
                    .put("body", split.get(i).text()).put("lang", "en");
            record.put("id", split.get(i).id());
            lines.add(JSON.writeValueAsString(record));
        }
        lines.add("{\"id\": \"no-body\", \"url\": \"u\"}");
        lines.add("{\"id\": \"number-body\", \"body\": 42}");
        lines.add("{\"id\": \"object-body\", \"body\": {\"p\": \"Text in an object.\"}}");
        lines.add("{\"id\": \"null-body\", \"body\": null}");
        lines.add("{\"id\": \"broken\", \"body\": \"The line ends befo");
        Path input = dir.resolve("corpus.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        String output = dir.resolve("sentences.parquet").toString();

        Run run = job("classify", "--text-field", "body", "--id-field", "id", input.toString(), output);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("5 record(s) could not be read or classified"), run.err());

        Map<String, List<Row>> rows = new HashMap<>();
        for (Row r : spark.read().parquet(output).collectAsList()) {
            rows.computeIfAbsent(r.getAs("id"), k -> new ArrayList<>()).add(r);
        }
        rows.values().forEach(l -> l.sort((a, b) -> a.<Integer>getAs("index") == null ? -1
                : Integer.compare(a.<Integer>getAs("index"), b.getAs("index"))));
        for (SparkTests.Doc d : split) {
            ThresherTransformerTest.assertSentencesEqual(d.id(), thresher.classify(d.text()), rows.get(d.id()));
            assertEquals("en", rows.get(d.id()).get(0).getAs("lang"));
        }
        assertEquals("no \"body\" field, or it is null", error(rows, "no-body"));
        assertEquals("\"body\" is not a string (bigint)", error(rows, "number-body"));
        assertTrue(error(rows, "object-body").startsWith("\"body\" is not a string (object"), error(rows, "object-body"));
        assertEquals("no \"body\" field, or it is null", error(rows, "null-body"));
        assertEquals(1, rows.values().stream().flatMap(List::stream)
                .filter(r -> r.<String>getAs("error") != null && r.<String>getAs("error").startsWith("malformed JSON: "))
                .count());
    }

    private static String error(Map<String, List<Row>> rows, String id) {
        assertEquals(1, rows.get(id).size(), id);
        return rows.get(id).get(0).getAs("error");
    }

    @Test
    void parquetInJsonLinesOut(@TempDir Path dir) throws IOException {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("year", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        split.forEach(d -> rows.add(RowFactory.create(d.id(), d.text(), 2026)));
        rows.add(RowFactory.create("no-text", null, 2026));
        String input = dir.resolve("docs.parquet").toString();
        spark.createDataFrame(rows, schema).repartition(2).write().parquet(input);
        Path output = dir.resolve("clean-jsonl");

        Run run = job("clean", "--precision", "--format", "jsonl", input, output.toString());
        assertEquals(0, run.code(), run.err());

        Map<String, JsonNode> records = new HashMap<>();
        try (Stream<Path> parts = Files.list(output)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    JsonNode record = JSON.readTree(line);
                    records.put(record.get("id").asText(), record);
                }
            }
        }
        assertEquals(split.size() + 1, records.size());
        for (SparkTests.Doc d : split) {
            JsonNode r = records.get(d.id());
            assertEquals(thresher.clean(d.text(), CleaningPolicy.PRECISION), r.get("text").asText(), d.id());
            assertEquals(2026, r.get("year").asInt());
            assertFalse(r.has("error"));
            assertEquals(List.of("id", "year", "text"), fieldNames(r));
        }
        assertEquals("no text: \"text\" is null", records.get("no-text").get("error").asText());
        assertNull(records.get("no-text").get("text"));
    }

    private static List<String> fieldNames(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void badArgumentsAndABadModelAreOneLineErrors(@TempDir Path dir) throws IOException {
        Run noCommand = job();
        assertEquals(1, noCommand.code());
        assertTrue(noCommand.err().startsWith("thresher: name a command"), noCommand.err());

        Run both = job("clean", "--precision", "--recall", "in.jsonl", "out");
        assertEquals(1, both.code());
        assertTrue(both.err().startsWith("thresher: --precision and --recall exclude each other"), both.err());

        Path input = dir.resolve("one.jsonl");
        Files.writeString(input, "{\"id\": 1, \"text\": \"One sentence.\"}\n");
        Run model = job("classify", "--model", dir.resolve("missing.thresher").toString(), input.toString(),
                dir.resolve("out").toString());
        assertEquals(2, model.code());
        assertEquals(1, model.err().lines().count(), model.err());
        assertTrue(model.err().contains("missing.thresher: no such model file"), model.err());

        Run missing = job("classify", dir.resolve("nothing.jsonl").toString(), dir.resolve("out2").toString());
        assertEquals(1, missing.code(), missing.err());
        assertEquals("thresher: " + dir.resolve("nothing.jsonl") + ": no such file or folder",
                missing.err().strip());
    }
}
