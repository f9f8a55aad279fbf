package dev.thresher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line inside pipelines: joinable output, defaults, terminal behaviour, exit codes. */
class PipelineCliTest {
    @TempDir
    static Path dir;

    static String article;
    static String other;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void texts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("datasets/test"))) {
            List<Path> two = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).toList();
            article = Files.readString(two.get(0));
            other = Files.readString(two.get(1));
        }
    }

    private static List<JsonNode> records(String jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            assertTrue(line.startsWith("{\"id\":"), "every record starts with its id: " + line);
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static CliTest.Run withStdin(String stdin, boolean terminal, String... args) {
        return CliTest.run(new Main.Streams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new Terminal(terminal, false, false)), args);
    }

    @Test
    void sameNamedFilesInDifferentFoldersGetDistinctIds() throws IOException {
        Path a = Files.createDirectories(dir.resolve("ids/a/x"));
        Path b = Files.createDirectories(dir.resolve("ids/b/x"));
        Files.writeString(a.resolve("story.txt"), article);
        Files.writeString(b.resolve("story.txt"), other);
        CliTest.Run one = CliTest.run("classify", "--format", "jsonl", dir.resolve("ids").toString());
        assertEquals(0, one.code(), one.err());
        assertEquals(Set.of("a/x/story.txt", "b/x/story.txt"), ids(one.out()));
        String first = dir.resolve("ids/a").toString();
        String second = dir.resolve("ids/b").toString();
        CliTest.Run two = CliTest.run("clean", "--format", "jsonl", first, second);
        assertEquals(Set.of(first + "/x/story.txt", second + "/x/story.txt"), ids(two.out()));
    }

    private static Set<String> ids(String jsonl) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (JsonNode n : records(jsonl)) {
            ids.add(n.get("id").asText());
        }
        return ids;
    }

    @Test
    void jsonLinesRecordsKeepTheirIdTypeAndOtherFieldsWithOneIdKey() throws IOException {
        Path corpus = dir.resolve("meta.jsonl");
        Files.writeString(corpus, JSON.writeValueAsString(java.util.Map.of("id", 42, "url", "https://example.org/1",
                "meta", java.util.Map.of("date", "2026-12-01"), "article", java.util.Map.of("body", article,
                        "section", "news"))) + "\n");
        CliTest.Run classify = CliTest.run("classify", "--format", "jsonl", "--text-field", "article.body",
                corpus.toString());
        assertEquals(0, classify.code(), classify.err());
        List<JsonNode> sentences = records(classify.out());
        assertTrue(sentences.size() > 5);
        for (JsonNode s : sentences) {
            assertTrue(s.get("id").isInt(), "numeric ids stay numbers: " + s);
            assertEquals(42, s.get("id").asInt());
            assertEquals("https://example.org/1", s.get("url").asText());
            assertEquals("2026-12-01", s.get("meta").get("date").asText());
            assertEquals("news", s.get("article").get("section").asText());
            assertFalse(s.get("article").has("body"), "the text is not copied into every record");
        }
        CliTest.Run clean = CliTest.run("clean", "--sentences", "--text-field", "article.body", corpus.toString());
        assertEquals(0, clean.code(), clean.err());
        JsonNode doc = records(clean.out()).get(0);
        assertEquals(42, doc.get("id").asInt());
        assertEquals("https://example.org/1", doc.get("url").asText());
        String text = doc.get("text").asText();
        assertTrue(doc.get("sentences").size() > 3);
        int previous = -1;
        for (JsonNode s : doc.get("sentences")) {
            assertTrue(s.get("index").asInt() > previous);
            previous = s.get("index").asInt();
            assertEquals(article.substring(s.get("start").asInt(), s.get("end").asInt()),
                    text.substring(s.get("clean_start").asInt(), s.get("clean_end").asInt()));
            assertFalse(s.get("label").asText().equals("BOILERPLATE") && s.get("confidence").asDouble() >= 0.5);
        }
    }

    @Test
    void withNoInputAPipedStandardInputIsReadAndATerminalIsAUsageError() {
        CliTest.Run piped = withStdin(article, false, "classify");
        assertEquals(0, piped.code(), piped.err());
        assertTrue(piped.out().lines().count() > 5);
        CliTest.Run terminal = withStdin("", true, "clean");
        assertEquals(Main.INPUT, terminal.code());
        assertTrue(terminal.err().startsWith("thresher: no INPUT"), terminal.err());
    }

    @Test
    void jsonlFilesAreReadAsJsonLinesByTheirName() throws IOException {
        Path corpus = dir.resolve("auto.jsonl");
        Files.writeString(corpus, "{\"id\": \"d1\", \"text\": " + JSON.writeValueAsString(article) + "}\n");
        CliTest.Run r = CliTest.run("classify", "--format", "jsonl", corpus.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of("d1"), ids(r.out()));
    }

    @Test
    void nothingToReadIsAnErrorAndAMissingFileDoesNotStopTheOthers() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliTest.Run none = CliTest.run("classify", empty.toString());
        assertEquals(Main.INPUT, none.code());
        assertTrue(none.err().contains(empty + ": no .txt, .html or .htm files in this folder"), none.err());
        Path blank = dir.resolve("blank.jsonl");
        Files.writeString(blank, "\n\n");
        CliTest.Run noDocuments = CliTest.run("clean", blank.toString());
        assertEquals(Main.INPUT, noDocuments.code());
        assertEquals("thresher: no input documents", noDocuments.err().strip());
        Path a = Files.writeString(dir.resolve("a.txt"), article);
        CliTest.Run some = CliTest.run("classify", a.toString(), dir.resolve("missing.txt").toString());
        assertEquals(Main.INPUT, some.code());
        assertTrue(some.out().startsWith("== " + a), some.out());
        assertTrue(some.err().contains("missing.txt: no such file or folder"), some.err());
    }

    @Test
    void filtersKeepOnlyTheLabelsAndConfidenceAsked() throws IOException {
        Path a = Files.writeString(dir.resolve("filter.txt"), article);
        CliTest.Run all = CliTest.run("classify", "--format", "jsonl", a.toString());
        CliTest.Run some = CliTest.run("classify", "--format", "jsonl", "--labels", "claim,QUOTATION",
                "--min-confidence", "0.8", a.toString());
        assertEquals(0, some.code(), some.err());
        List<JsonNode> expected = new ArrayList<>();
        for (JsonNode n : records(all.out())) {
            String label = n.get("label").asText();
            if ((label.equals("CLAIM") || label.equals("QUOTATION")) && n.get("confidence").asDouble() >= 0.8) {
                expected.add(n);
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, records(some.out()));
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        for (String[] args : List.of(new String[] {"classify", "--threads", "0", "x.txt"},
                new String[] {"classify", "--min-confidence", "2", "x.txt"},
                new String[] {"classify", "--labels", "NEWS", "x.txt"},
                new String[] {"clean", "--precision", "--recall", "x.txt"},
                new String[] {"clean", "--boilerplate-threshold", "0", "x.txt"},
                new String[] {"train", "--epochs", "0", "--out", dir.resolve("never.thresher").toString()},
                new String[] {"evaluate", "--threads", "-2", "--out", dir.toString()})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(Main.INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("thresher: "), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void datasetCommandsNameTheMissingFolderAndData() {
        for (String command : List.of("stats", "train", "evaluate", "compare")) {
            List<String> args = new ArrayList<>(List.of(command, "--data", dir.resolve("nowhere").toString()));
            if (command.equals("evaluate")) {
                args.addAll(List.of("--out", dir.resolve("r").toString()));
            }
            if (command.equals("compare")) {
                args.addAll(List.of("default", "default"));
            }
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertEquals(Main.INPUT, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("nowhere: no such folder") && r.err().contains("--data"), r.err());
        }
    }

    @Test
    void trainWithoutOutWritesToTheWorkingFolderNeverOverTheShippedModel() {
        CommandLine cl = new CommandLine(new Main(new Main.Streams(System.in, Terminal.NONE)));
        String out = cl.getSubcommands().get("train").getCommandSpec().findOption("--out").defaultValue();
        assertEquals("model.thresher", out);
        assertFalse(Path.of(out).isAbsolute());
    }

    @Test
    void progressIntoAFileIsPlainLinesAndOneDocumentHasNoSummary() throws IOException {
        Path a = Files.writeString(dir.resolve("p1.txt"), article);
        Path b = Files.writeString(dir.resolve("p2.txt"), other);
        CliTest.Run many = CliTest.run("clean", "--progress", a.toString(), b.toString());
        assertEquals(0, many.code(), many.err());
        assertEquals(List.of("thresher: 2 documents"), many.err().lines()
                .map(l -> l.replaceAll(",.*", "")).toList());
        assertFalse(many.err().contains("\r") || many.err().contains("\033"), many.err());
        CliTest.Run one = CliTest.run("clean", "--progress", a.toString());
        assertEquals("", one.err());
    }

    @Test
    void theProgressLineStaysOffATerminalThatAlsoShowsTheOutput() {
        assertEquals(Progress.Mode.OFF, Progress.mode(new Terminal(true, true, true), false));
        assertEquals(Progress.Mode.LINE, Progress.mode(new Terminal(true, false, true), false));
        assertEquals(Progress.Mode.LINE, Progress.mode(new Terminal(true, true, true), true));
        assertEquals(Progress.Mode.PLAIN, Progress.mode(new Terminal(false, false, false), true));
        assertEquals(Progress.Mode.OFF, Progress.mode(new Terminal(false, false, false), false));
    }

    @Test
    void verboseIsAcceptedByEveryCommandAndDefaultByEveryModelOption() {
        CliTest.Run r = CliTest.run("classify", "--verbose", "--model", "default", dir.resolve("nothing.txt").toString());
        assertEquals(Main.INPUT, r.code());
        CliTest.Run top = CliTest.run("--verbose", "stats", "--data", dir.resolve("nowhere").toString());
        assertEquals(Main.INPUT, top.code());
        assertTrue(top.err().contains("\tat "), "--verbose before the command prints the stack trace: " + top.err());
    }

    @Test
    void webPagesAreReadAsHtmlByNameAndInFoldersAndOffsetsIndexTheirText() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        String page = "<html><head><meta charset=utf-8><script>track()</script></head><body>"
                + "<nav><a href=/>Home</a> | <a href=/news>News</a></nav><article><h1>Storm closes bridge</h1>"
                + "<p>The bridge closed on Monday after a storm damaged its deck. &ldquo;It is not safe,&rdquo; "
                + "said engineer Ann Lee.</p></article><footer>&copy; 2026 Example News</footer></body></html>";
        Files.writeString(site.resolve("storm.html"), page);
        Files.writeString(site.resolve("notes.txt"), "The council met on Tuesday.\n");
        String extracted = dev.thresher.Document.fromHtml("x", page).text();
        CliTest.Run one = CliTest.run("classify", "--format", "jsonl", site.resolve("storm.html").toString());
        assertEquals(0, one.code(), one.err());
        for (JsonNode s : records(one.out())) {
            assertFalse(s.get("text").asText().contains("<") || s.get("text").asText().contains("&ldquo;"), s.toString());
            assertEquals(extracted.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
            String path = s.get("path").asText();
            assertTrue(org.jsoup.Jsoup.parse(page).selectFirst(path).text().contains(s.get("text").asText()), path);
        }
        assertTrue(one.out().contains("\u201cIt is not safe,\u201d said engineer Ann Lee.") || one.out().contains(
                "“It is not safe,” said engineer Ann Lee."), one.out());
        CliTest.Run folder = CliTest.run("clean", "--format", "jsonl", site.toString());
        assertEquals(Set.of("notes.txt", "storm.html"), ids(folder.out()));
        for (JsonNode d : records(folder.out())) {
            boolean html = d.get("id").asText().endsWith(".html");
            assertEquals(html, d.has("metadata"), d.toString());
            if (html) {
                assertTrue(d.get("metadata").get("url").isNull(), "absent parts are null: " + d);
            }
        }
        CliTest.Run forced = CliTest.run("clean", "--input-format", "html", site.resolve("notes.txt").toString());
        assertEquals(0, forced.code(), forced.err());
        CliTest.Run text = CliTest.run("clean", "--input-format", "txt", site.resolve("storm.html").toString());
        assertTrue(text.out().isEmpty() || text.out().contains("<"), "txt reads the page as text: " + text.out());
    }

    @Test
    void jsonLinesRecordsCanCarryWebPages() throws IOException {
        String page = "<nav><a href=/>Home</a><a href=/n>News</a></nav><article><p>The ferry resumed on Friday "
                + "after a week of storms.</p></article>";
        Path corpus = Files.writeString(dir.resolve("pages.jsonl"), "{\"url\": \"u1\", \"page\": {\"html\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(page) + "}}\n");
        CliTest.Run r = CliTest.run("classify", "--format", "jsonl", "--html-field", "page.html", "--id-field", "url",
                corpus.toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> sentences = records(r.out());
        assertEquals("Home News", sentences.get(0).get("text").asText());
        assertTrue(sentences.get(0).get("path").asText().endsWith("nav"), sentences.get(0).toString());
        assertFalse(r.out().contains("<article>"), "the page is not passed through: " + r.out());
        assertEquals("The ferry resumed on Friday after a week of storms.", sentences.get(1).get("text").asText());
    }
}
