package dev.thresher.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.Manifest;
import dev.thresher.ThresherException;
import dev.thresher.model.Pipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleIOTest {
    @TempDir
    Path dir;

    private static Pipeline thresher;
    private static final String ARTICLE = "Storm closes harbour\nBy Ana Ruiz\n"
            + "The harbour closed on Tuesday. \"We had no choice,\" the harbourmaster said. It was the right call.";

    @BeforeAll
    static void load() {
        thresher = Pipeline.loadDefault();
    }

    private String failure(Path file) {
        ThresherException e = assertThrows(ThresherException.class, () -> BundleIO.read(file));
        assertEquals(ThresherException.Kind.MODEL, e.kind());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one-line message: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void roundTripKeepsPredictions() throws IOException {
        Path file = dir.resolve("copy.thresher");
        BundleIO.write(thresher.bundle(), file);
        Pipeline copy = Pipeline.load(file);
        assertEquals(thresher.classify(ARTICLE), copy.classify(ARTICLE));
        assertEquals(thresher.bundle().manifest(), copy.bundle().manifest());
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void featuresJsonIsWrittenExactlyAsInTheShippedBundle() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BundleIO.write(thresher.bundle(), bytes);
        byte[] shipped = entry(Files.readAllBytes(Path.of("models/default.thresher")), BundleIO.FEATURES);
        assertArrayEquals(shipped, entry(bytes.toByteArray(), BundleIO.FEATURES));
        assertTrue(new String(shipped, StandardCharsets.UTF_8).contains("\"tokenizer\" : \"simple\""));
    }

    @Test
    void missingFileIsReported() {
        assertTrue(failure(dir.resolve("nope.thresher")).contains("no such model file"));
    }

    @Test
    void textFileIsNotABundle() throws IOException {
        Path file = Files.writeString(dir.resolve("x.thresher"), "hello, I am not a model");
        assertTrue(failure(file).contains("not a Thresher model bundle"));
    }

    @Test
    void truncatedBundleIsReported() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BundleIO.write(thresher.bundle(), bytes);
        byte[] all = bytes.toByteArray();
        Path file = dir.resolve("cut.thresher");
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        failure(file);
    }

    @Test
    void javaSerialisedObjectIsNeverDeserialised() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(java.util.List.of("payload")));
        }
        Path file = Files.write(dir.resolve("evil.thresher"), bytes.toByteArray());
        assertTrue(failure(file).contains("not a Thresher model bundle"));
    }

    private Path zip(String name, String manifestJson, String featuresJson, byte[] model) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(BundleIO.MANIFEST));
            zip.write(manifestJson.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(BundleIO.FEATURES));
            zip.write(featuresJson.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(BundleIO.MODEL));
            zip.write(model);
        }
        return file;
    }

    private static String json(Object value) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    }

    @Test
    void newerFormatIsRefusedWithAClearMessage() throws IOException {
        Manifest m = thresher.bundle().manifest();
        Manifest newer = new Manifest(Manifest.FORMAT + 1, m.thresherVersion(), m.tribuoVersion(), m.opennlpVersion(),
                m.labels(), m.seed(), m.trainingData(), m.documents(), m.sentences(), m.hyperparameters());
        Path file = zip("newer.thresher", json(newer), json(thresher.bundle().features()),
                thresher.bundle().model().serialize().toByteArray());
        assertTrue(failure(file).contains("bundle format " + (Manifest.FORMAT + 1) + " is not supported"));
    }

    @Test
    void corruptModelEntryIsReported() throws IOException {
        Path file = zip("corrupt.thresher", json(thresher.bundle().manifest()), json(thresher.bundle().features()),
                new byte[] {1, 2, 3, 4, 5, 6, 7});
        assertTrue(failure(file).contains("model.pb"));
    }

    @Test
    void unsupportedFeatureVersionIsReported() throws IOException {
        Path file = zip("features.thresher", json(thresher.bundle().manifest()),
                "{\"version\":99,\"tokenizer\":\"simple\",\"maxNgram\":2,\"context\":true,\"disabled\":[]}",
                thresher.bundle().model().serialize().toByteArray());
        assertTrue(failure(file).contains("feature set version 99"));
    }

    @Test
    void formatOneBundleWithoutDocumentStageStillLoadsAndUsesTheSentenceStageAlone() throws IOException {
        Manifest m = thresher.bundle().manifest();
        Manifest old = new Manifest(1, m.thresherVersion(), m.tribuoVersion(), m.opennlpVersion(), m.labels(),
                m.seed(), m.trainingData(), m.documents(), m.sentences(), m.hyperparameters());
        Path file = zip("format1.thresher", json(old), json(thresher.bundle().features()),
                thresher.bundle().proto());
        ModelBundle read = BundleIO.read(file);
        assertTrue(read.documentConfig().isEmpty() && read.documentScorer().isEmpty());
        Pipeline sentenceOnly = new Pipeline(read);
        assertEquals(new Pipeline(thresher.bundle().sentenceStageOnly()).classify(ARTICLE),
                sentenceOnly.classify(ARTICLE));
    }

    @Test
    void documentStageConfigWithoutItsModelIsRefused() throws IOException {
        Path file = zip("half.thresher", json(thresher.bundle().manifest()), json(thresher.bundle().features()),
                thresher.bundle().proto());
        try (var fs = java.nio.file.FileSystems.newFileSystem(file)) {
            Files.writeString(fs.getPath(BundleIO.DOCUMENT_CONFIG), json(thresher.bundle().documentConfig().orElseThrow()));
        }
        assertTrue(failure(file).contains("document.pb"));
    }

    @Test
    void theDocumentStageChangesLabelsOnAPageOfChrome() {
        StringBuilder page = new StringBuilder();
        for (String item : new String[] {"Home", "News", "World", "Business", "Opinion", "Sport", "Culture"}) {
            page.append(item).append('\n');
        }
        page.append("The harbour closed on Tuesday after a storm damaged the outer wall, the port authority said.\n");
        page.append("Repairs are expected to take three weeks and will cost about 2 million euros.\n");
        var both = thresher.classify(page.toString());
        var first = new Pipeline(thresher.bundle().sentenceStageOnly()).classify(page.toString());
        assertEquals(first.size(), both.size());
        assertTrue(!first.equals(both), "the document stage leaves every score as the sentence stage gave it");
    }

    @Test
    void unknownTokenizerIsReported() throws IOException {
        Path file = zip("tokenizer.thresher", json(thresher.bundle().manifest()),
                "{\"version\":1,\"tokenizer\":\"bert\",\"maxNgram\":2,\"context\":true,\"disabled\":[]}",
                thresher.bundle().model().serialize().toByteArray());
        assertTrue(failure(file).contains("bad features.json: tokenizer must be 'simple' or 'me', not 'bert'"));
    }
}
