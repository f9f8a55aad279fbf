package dev.thresher.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.CleaningPolicy;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import dev.thresher.ThresherException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresherTransformerTest {
    private static final StructType DOCS = new StructType()
            .add("text", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("id", DataTypes.StringType);

    private static SparkSession spark;
    private static Thresher thresher;
    private static List<SparkTests.Doc> split;
    private static Dataset<Row> documents;

    @BeforeAll
    static void setUp() {
        spark = SparkTests.session();
        thresher = Thresher.loadDefault();
        split = SparkTests.testSplit();
        List<Row> rows = split.stream().map(d -> RowFactory.create(d.text(), "https://example.org/" + d.id(), d.id()))
                .toList();
        documents = spark.createDataFrame(rows, DOCS).repartition(3);
    }

    /** The rows of {@code result} by document id, each document's rows ordered by index. */
    private static Map<String, List<Row>> byId(Dataset<Row> result) {
        Map<String, List<Row>> rows = new HashMap<>();
        for (Row r : result.collectAsList()) {
            rows.computeIfAbsent(r.getAs("id"), k -> new ArrayList<>()).add(r);
        }
        rows.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.<Integer>getAs("index"), b.getAs("index"))));
        return rows;
    }

    static void assertSentencesEqual(String id, List<LabeledSentence> expected, List<Row> rows) {
        assertEquals(expected.size(), rows.size(), id);
        for (int i = 0; i < expected.size(); i++) {
            LabeledSentence s = expected.get(i);
            Row r = rows.get(i);
            String where = id + " #" + i;
            assertEquals(i, r.<Integer>getAs("index"), where);
            assertEquals(s.start(), r.<Integer>getAs("start"), where);
            assertEquals(s.end(), r.<Integer>getAs("end"), where);
            assertEquals(s.text(), r.getAs("text"), where);
            assertEquals(s.label().name(), r.getAs("label"), where);
            assertEquals(s.confidence(), r.<Double>getAs("confidence"), where);
            Map<String, Double> scores = r.getJavaMap(r.fieldIndex("scores"));
            assertEquals(Label.values().length, scores.size(), where);
            for (Label l : Label.values()) {
                assertEquals(s.scores().get(l), scores.get(l.name()), where + " " + l);
            }
            assertNull(r.getAs("error"), where);
        }
    }

    @Test
    void sentencesEqualThePlainApiDocumentByDocument() {
        Dataset<Row> result = new ThresherTransformer().transform(documents);
        assertEquals(List.of("id", "url", "index", "start", "end", "label", "confidence", "scores", "text", "error"),
                List.of(result.columns()));
        Map<String, List<Row>> rows = byId(result);
        assertEquals(split.size(), rows.size());
        for (SparkTests.Doc d : split) {
            List<Row> docRows = rows.get(d.id());
            assertSentencesEqual(d.id(), thresher.classify(d.text()), docRows);
            docRows.forEach(r -> assertEquals("https://example.org/" + d.id(), r.getAs("url")));
        }
    }

    @Test
    void cleanTextEqualsThePlainApiDocumentByDocument() {
        Dataset<Row> result = new ThresherTransformer().setMode("clean").setCleaningPolicy("precision")
                .transform(documents);
        assertEquals(List.of("id", "url", "text", "error"), List.of(result.columns()));
        Map<String, Row> rows = new HashMap<>();
        result.collectAsList().forEach(r -> rows.put(r.getAs("id"), r));
        assertEquals(split.size(), rows.size());
        for (SparkTests.Doc d : split) {
            assertEquals(thresher.clean(d.text(), CleaningPolicy.PRECISION), rows.get(d.id()).getAs("text"), d.id());
            assertNull(rows.get(d.id()).getAs("error"));
        }
    }

    @Test
    void aPolicySetAsAWholeComesBackUnchanged() {
        CleaningPolicy custom = CleaningPolicy.DEFAULT.withBoilerplateThreshold(0.55)
                .withDropped(java.util.EnumSet.of(Label.BOILERPLATE, Label.OPINION)).withHeadings(false);
        for (CleaningPolicy p : List.of(CleaningPolicy.DEFAULT, CleaningPolicy.PRECISION, CleaningPolicy.RECALL,
                custom)) {
            assertEquals(p, new ThresherTransformer().setCleaningPolicy(p).policy());
            assertEquals(p, new ThresherTransformer().setCleaningPolicy("recall").setCleaningPolicy(p).policy());
        }
    }

    @Test
    void theCleaningParametersMakeTheApisPolicy() {
        ThresherTransformer t = new ThresherTransformer().setMode("clean").setCleaningPolicy("recall")
                .setBoilerplateThreshold(0.7).setDropLabels("BOILERPLATE", "OPINION").setDropHeadings(true);
        CleaningPolicy expected = CleaningPolicy.RECALL.withBoilerplateThreshold(0.7)
                .withDropped(java.util.EnumSet.of(Label.BOILERPLATE, Label.OPINION)).withHeadings(false);
        assertEquals(expected, t.policy());
        String text = split.get(0).text();
        Dataset<Row> one = spark.createDataFrame(List.of(RowFactory.create(text, "u", "a")), DOCS);
        assertEquals(thresher.clean(text, expected), t.transform(one).first().getAs("text"));
        assertThrows(IllegalArgumentException.class, () -> t.setDropLabels("NOISE"));
        assertThrows(IllegalArgumentException.class, () -> t.setMode("labels"));
    }

    @Test
    void badRecordsGiveAnErrorRowAndTheOthersAreClassified() {
        String good = split.get(1).text();
        Dataset<Row> input = spark.createDataFrame(List.of(
                RowFactory.create(good, "u1", "good"),
                RowFactory.create(null, "u2", "null-text"),
                RowFactory.create("", "u3", "empty")), DOCS);
        Map<String, List<Row>> rows = byId(new ThresherTransformer().transform(input));
        assertSentencesEqual("good", thresher.classify(good), rows.get("good"));
        assertEquals(1, rows.get("null-text").size());
        Row bad = rows.get("null-text").get(0);
        assertEquals("no text: \"text\" is null", bad.getAs("error"));
        assertNull(bad.getAs("label"));
        assertEquals("u2", bad.getAs("url"));
        assertNull(rows.get("empty"), "a document without sentences gives no row");

        Map<String, Row> cleaned = new HashMap<>();
        new ThresherTransformer().setMode("clean").transform(input).collectAsList()
                .forEach(r -> cleaned.put(r.getAs("id"), r));
        assertEquals(thresher.clean(good), cleaned.get("good").getAs("text"));
        assertEquals("no text: \"text\" is null", cleaned.get("null-text").getAs("error"));
        assertEquals("", cleaned.get("empty").getAs("text"));
    }

    @Test
    void aTextColumnThatIsNotAStringOrIsMissingIsReportedOnEveryRow() {
        Dataset<Row> numbers = spark.range(3).selectExpr("cast(id as string) as id", "id * 7 as body");
        List<Row> rows = new ThresherTransformer().setInputCol("body").transform(numbers).collectAsList();
        assertEquals(3, rows.size());
        rows.forEach(r -> assertEquals("\"body\" is not a string (bigint)", r.getAs("error")));

        List<Row> missing = new ThresherTransformer().setInputCol("article").setMode("clean").transform(numbers)
                .collectAsList();
        assertEquals(3, missing.size());
        missing.forEach(r -> assertEquals("no \"article\" column in the input", r.getAs("error")));
    }

    @Test
    void readsTheTextOfANestedFieldAndAModelFromAHadoopPath() {
        String text = split.get(2).text();
        Dataset<Row> nested = spark.createDataFrame(List.of(RowFactory.create(text, "u", "n1")), DOCS)
                .selectExpr("id", "named_struct('body', text, 'url', url) as article");
        String model = Path.of("models/default.thresher").toAbsolutePath().toUri().toString(); // file:/...
        Map<String, List<Row>> rows = byId(new ThresherTransformer().setInputCol("article.body").setModel(model)
                .transform(nested));
        assertSentencesEqual("n1", thresher.classify(text), rows.get("n1"));
    }

    @Test
    void aModelThatCannotBeReadFailsOnTheDriverNamingIt() {
        ThresherException e = assertThrows(ThresherException.class, () -> new ThresherTransformer()
                .setModel("file:///nonexistent/news.thresher").transform(documents));
        assertEquals(ThresherException.Kind.MODEL, e.kind());
        assertTrue(e.getMessage().startsWith("file:///nonexistent/news.thresher: "), e.getMessage());
    }

    @Test
    void worksInAPipelineThatIsSavedAndLoadedAgain(@TempDir Path dir) throws Exception {
        Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {
                new ThresherTransformer().setMode("clean").setCleaningPolicy("precision")});
        PipelineModel fitted = pipeline.fit(documents);
        String path = dir.resolve("pipeline").toUri().toString();
        fitted.write().save(path);
        PipelineModel loaded = PipelineModel.load(path);
        ThresherTransformer stage = (ThresherTransformer) loaded.stages()[0];
        assertEquals(CleaningPolicy.PRECISION, stage.policy());
        SparkTests.Doc d = split.get(3);
        Dataset<Row> one = spark.createDataFrame(List.of(RowFactory.create(d.text(), "u", d.id())), DOCS);
        assertEquals(thresher.clean(d.text(), CleaningPolicy.PRECISION), loaded.transform(one).first().getAs("text"));
    }

    @Test
    void theSchemaIsKnownBeforeAnythingRuns() {
        ThresherTransformer t = new ThresherTransformer();
        assertEquals(t.transform(documents).schema(), t.transformSchema(documents.schema()));
    }
}
