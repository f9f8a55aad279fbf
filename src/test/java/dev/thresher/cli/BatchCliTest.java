package dev.thresher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify and clean over many documents: folders, JSON Lines, threads, failures, closed pipes. */
class BatchCliTest {
    @TempDir
    static Path dir;

    static Path folder;
    static Path corpus;
    static List<String> texts = new ArrayList<>();

    @BeforeAll
    static void corpus() throws IOException {
        folder = Files.createDirectories(dir.resolve("docs"));
        try (Stream<Path> files = Files.list(Path.of("datasets/test"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(12).toList()) {
                String name = p.getFileName().toString();
                Path target = name.compareTo("m") < 0 ? folder.resolve(name) : folder.resolve("sub").resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
                texts.add(Files.readString(p));
            }
        }
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            lines.append(json.writeValueAsString(java.util.Map.of("id", "doc-" + i, "text", texts.get(i)))).append('\n');
        }
        corpus = Files.writeString(dir.resolve("corpus.jsonl"), lines);
    }

    @Test
    void outputIsIdenticalForAnyNumberOfThreads() {
        for (String format : new String[] {"jsonl", "text"}) {
            CliTest.Run one = CliTest.run("classify", "--threads", "1", "--format", format, folder.toString());
            assertEquals(0, one.code(), one.err());
            assertEquals("", one.err());
            for (String threads : new String[] {"2", "5"}) {
                CliTest.Run many = CliTest.run("classify", "--threads", threads, "--format", format, folder.toString());
                assertEquals(one, many, format + " with " + threads + " threads");
            }
        }
        CliTest.Run jsonl1 = CliTest.run("classify", "--threads", "1", "--format", "jsonl", "--input-format", "jsonl",
                corpus.toString());
        CliTest.Run jsonl3 = CliTest.run("classify", "--threads", "3", "--format", "jsonl", "--input-format", "jsonl",
                corpus.toString());
        assertEquals(0, jsonl1.code(), jsonl1.err());
        assertEquals(jsonl1, jsonl3);
        CliTest.Run clean1 = CliTest.run("clean", "--threads", "1", folder.toString());
        assertEquals(clean1, CliTest.run("clean", "--threads", "4", folder.toString()));
    }

    @Test
    void jsonlInputGivesTheSameSentencesAsTheFiles() throws IOException {
        CliTest.Run r = CliTest.run("classify", "--format", "jsonl", "--input-format", "jsonl", corpus.toString());
        assertEquals(0, r.code(), r.err());
        ObjectMapper json = new ObjectMapper();
        String previous = null;
        int docs = 0;
        for (String line : r.out().lines().toList()) {
            JsonNode node = json.readTree(line);
            String doc = node.get("id").asText();
            if (!doc.equals(previous)) {
                assertEquals("doc-" + docs, doc);
                docs++;
                previous = doc;
            }
            String text = texts.get(docs - 1);
            assertEquals(text.substring(node.get("start").asInt(), node.get("end").asInt()), node.get("text").asText());
        }
        assertEquals(texts.size(), docs);
    }

    private static Path badCorpus() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a\", \"text\": \"The council met on Tuesday.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'b', '"', ',', '"', 't', 'e', 'x', 't', '"', ':',
            '"', (byte) 0xFF, '"', '}', '\n'});
        bytes.writeBytes(("{\"id\": \"c\", \"body\": \"no text\"}\n"
                + "{\"id\": \"d\", \"text\": \"Subscribe to our newsletter.\"}\n"
                + "{broken\n"
                + "{\"id\": \"f\", \"text\": \"The bridge reopened.\"}\n").getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve("bad.jsonl"), bytes.toByteArray());
    }

    @Test
    void badRecordsAreReportedSkippedAndCounted() throws IOException {
        Path bad = badCorpus();
        for (String threads : new String[] {"1", "3"}) {
            CliTest.Run r = CliTest.run("classify", "--threads", threads, "--format", "jsonl", "--input-format", "jsonl",
                    bad.toString());
            assertEquals(Main.INPUT, r.code());
            List<String> err = r.err().lines().map(l -> l.replace(dir + "/", "")).toList();
            assertEquals(List.of("thresher: bad.jsonl:2: not valid UTF-8 text (byte offset 18)",
                    "thresher: bad.jsonl:3: no \"text\" field (id c)"), err.subList(0, 2));
            assertTrue(err.get(2).startsWith("thresher: bad.jsonl:5: malformed JSON"), err.get(2));
            assertEquals("thresher: 3 of 6 documents failed", err.get(3));
            assertEquals(4, err.size());
            List<String> docs = r.out().lines().map(l -> l.replaceAll("^\\{\"id\":\"([^\"]*)\".*", "$1")).distinct()
                    .toList();
            assertEquals(List.of("a", "d", "f"), docs);
        }
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws IOException {
        Path bad = badCorpus();
        CliTest.Run r = CliTest.run("classify", "--fail-fast", "--threads", "2", "--format", "jsonl", "--input-format",
                "jsonl", bad.toString());
        assertEquals(Main.INPUT, r.code());
        assertEquals(List.of("thresher: bad.jsonl:2: not valid UTF-8 text (byte offset 18)",
                "thresher: stopped at the first failure (--fail-fast) after 2 documents"),
                r.err().lines().map(l -> l.replace(dir + "/", "")).toList());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("{\"id\":\"a\"")), r.out());
    }

    @Test
    void cleanWritesJsonlForJsonlInput() throws IOException {
        CliTest.Run r = CliTest.run("clean", "--input-format", "jsonl", corpus.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(texts.size(), lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node = json.readTree(lines.get(i));
            assertEquals("doc-" + i, node.get("id").asText());
            assertEquals(2, node.size());
            assertTrue(texts.get(i).length() > node.get("text").asText().length());
        }
        CliTest.Run text = CliTest.run("clean", folder.toString());
        assertEquals(texts.size(), text.out().lines().filter(l -> l.startsWith("== ")).count());
    }

    @Test
    void aClosedOutputEndsTheRunQuietly() throws IOException {
        StringBuilder lines = new StringBuilder();
        String one = Files.readString(corpus).lines().findFirst().orElseThrow();
        for (int i = 0; i < 2000; i++) {
            lines.append(one).append('\n');
        }
        Path big = Files.writeString(dir.resolve("big.jsonl"), lines);
        int[] written = {0};
        OutputStream closesSoon = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written[0] > 10_000) {
                    throw new IOException("Broken pipe");
                }
                written[0] += len;
            }
        };
        PrintWriter out = new PrintWriter(new OutputStreamWriter(closesSoon, StandardCharsets.UTF_8), false);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"classify", "--threads", "2", "--format", "jsonl", "--input-format", "jsonl",
            big.toString()}, new Main.Streams(System.in, Terminal.NONE), out, new PrintWriter(err, true));
        assertEquals(0, code);
        assertEquals("", err.toString());
    }

    @Test
    void progressGoesToStandardErrorOnlyWhenAskedInAPipe() {
        CliTest.Run quiet = CliTest.run("classify", "--input-format", "jsonl", corpus.toString());
        assertEquals("", quiet.err());
        CliTest.Run shown = CliTest.run("classify", "--progress", "--input-format", "jsonl", corpus.toString());
        assertEquals(0, shown.code());
        assertTrue(shown.err().contains(texts.size() + " documents"), shown.err());
        assertTrue(shown.err().contains("MB/s"), shown.err());
        assertEquals(quiet.out(), shown.out());
    }

    @Test
    void jsonlInputRefusesAFolder() {
        CliTest.Run r = CliTest.run("classify", "--input-format", "jsonl", folder.toString());
        assertEquals(Main.INPUT, r.code());
        assertTrue(r.err().contains("is a folder"), r.err());
    }
}
