package dev.thresher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robustness input matrix through the command line: outcome, exit code and message. */
class CliInputMatrixTest {
    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void emptyAndWhitespaceFilesSucceedWithNoOutput() throws IOException {
        for (String content : new String[] {"", " \n\t\r\n\u00a0"}) {
            Path file = Files.writeString(dir.resolve("e.txt"), content);
            CliTest.Run r = run("classify", "--format", "jsonl", file.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void binaryAndInvalidUtf8AreRejectedInOneLine() throws IOException {
        Path png = Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, 0});
        Path zip = Files.write(dir.resolve("z.txt"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0xB7, (byte) 0xAC});
        for (Path file : new Path[] {png, zip}) {
            CliTest.Run r = run("classify", file.toString());
            assertEquals(Main.INPUT, r.code());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(file.getFileName() + ": not valid UTF-8 text (byte offset"), r.err());
        }
    }

    @Test
    void badWebPagesGiveADefinedResultOrOneLine() throws IOException {
        Path png = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
        CliTest.Run binary = run("classify", png.toString());
        assertEquals(Main.INPUT, binary.code());
        assertEquals("thresher: " + png + ": not an HTML page (binary data at byte 8)", binary.err().strip());
        Path empty = Files.writeString(dir.resolve("empty.html"), "<html><head><title>Nothing</title></head><body>"
                + "<script>load()</script><div style='display:none'>hidden</div></body></html>");
        CliTest.Run none = run("classify", "--format", "jsonl", empty.toString());
        assertEquals(0, none.code(), none.err());
        assertEquals("", none.out());
        Path truncated = Files.writeString(dir.resolve("cut.html"), "<html><body><nav><a href=/>Home</a></nav>"
                + "<article><p>The mill closed in May. Its owners said the site would be sold.</p><p>Workers were ");
        CliTest.Run cut = run("clean", "--format", "jsonl", truncated.toString());
        assertEquals(0, cut.code(), cut.err());
        assertTrue(cut.out().contains("The mill closed in May."), cut.out());
        Path latin1 = Files.write(dir.resolve("old.htm"), "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head><body><p>Caf\u00e9 prices rose by 10%.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliTest.Run old = run("classify", "--format", "jsonl", latin1.toString());
        assertEquals(0, old.code(), old.err());
        assertTrue(old.out().contains("Caf\u00e9 prices"), old.out());
    }

    @Test
    void utf16WithByteOrderMarkIsReadAndOffsetsIndexTheDecodedText() throws IOException {
        String text = "Caf\u00e9 owners met on Monday. \u201cWe are ready,\u201d one said.";
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertJsonlIndexes(text, Files.write(dir.resolve("u16.txt"), bytes));
    }

    /** Classifies {@code file} to JSON Lines and checks every span indexes {@code text}. */
    private static void assertJsonlIndexes(String text, Path file) throws IOException {
        CliTest.Run r = run("classify", "--format", "jsonl", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().count() > 0);
        for (String line : r.out().lines().toList()) {
            JsonNode n = new ObjectMapper().readTree(line);
            assertEquals(text.substring(n.get("start").asInt(), n.get("end").asInt()), n.get("text").asText());
        }
    }

    @Test
    void controlCharactersAndEmojiComeOutAsValidJson() throws IOException {
        String text = "Bell\u0007 rang \uD83D\uDD14. NUL\u0000 here.";
        assertJsonlIndexes(text, Files.writeString(dir.resolve("ctl.txt"), text));
    }

    @Test
    void malformedDatasetNamesFileAndRow() throws IOException {
        Path train = Files.createDirectories(dir.resolve("data/train"));
        Files.writeString(train.resolve("d.txt"), "One. Two.");
        Files.writeString(train.resolve("d.labels.tsv"), "label\ttext\nCLAIM\tOne.\nCLAIM\tThree.\n");
        CliTest.Run r = run("train", "--data", dir.resolve("data").toString(), "--out", dir.resolve("m").toString());
        assertEquals(Main.DATA, r.code());
        assertTrue(r.err().contains("d.labels.tsv:3: sentence not found"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(!Files.exists(dir.resolve("m")), "no model written");
    }

    @Test
    void missingModelIsAModelErrorAndVerboseAddsTheStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Text.");
        CliTest.Run quiet = run("classify", "--model", dir.resolve("none.thresher").toString(), file.toString());
        assertEquals(Main.MODEL, quiet.code());
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        assertTrue(quiet.err().contains("none.thresher: no such model file"), quiet.err());
        CliTest.Run verbose = run("classify", "--verbose", "--model", dir.resolve("none.thresher").toString(),
                file.toString());
        assertEquals(Main.MODEL, verbose.code());
        assertTrue(verbose.err().contains("\tat "), "stack trace with --verbose");
    }
}
