import dev.thresher.html.HtmlText;
import dev.thresher.segment.Whitespace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts annotated HTML authoring files ({@code NAME.ann.html}) into Thresher dataset documents:
 * the page {@code <split>/NAME.html}, its text {@code NAME.txt} (exactly what
 * {@code dev.thresher.html.HtmlText} extracts from the page) and the gold {@code NAME.labels.tsv};
 * the row of {@code documents.tsv} is added or updated.
 *
 * <p>The first line of an authoring file is an HTML comment header with the keys of
 * {@code ann2pair.py}: {@code <!-- split: train; genre: news; topic: transport; site: harbourlight -->}.
 * The page follows. In its text, every gold sentence is preceded by a marker {@code ⟦C⟧ ⟦Q⟧ ⟦O⟧ ⟦B⟧}
 * (CLAIM, QUOTATION, OPINION, BOILERPLATE): the extracted text of the marked page is split at the
 * markers, and each piece, trimmed, is one gold sentence. The page written out is the file without
 * its header line and without the markers; the gold sentences must be found in order in its
 * extracted text and cover all of it.
 *
 * <p>Usage (from the repository root, after {@code mvn package}):
 * {@code java -cp target/thresher.jar datasets/tools/HtmlPair.java [--check] --out datasets FILE.ann.html...}
 * ({@code --check} validates and prints statistics, writes nothing).
 */
public final class HtmlPair {
    private static final Pattern HEADER = Pattern.compile("\\A<!--(.*?)-->[ \\t]*\\r?\\n", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("\u27e6([CQOB])\u27e7");
    private static final Pattern INDEXED = Pattern.compile("\u27e6([CQOB])(\\d+)\u27e7");
    /** How a sentence that shares its line with the next one must end. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;\u2026][\"'\u201d\u2019)\\]]*$");
    private static final Map<String, String> LABELS = Map.of("C", "CLAIM", "Q", "QUOTATION", "O", "OPINION",
            "B", "BOILERPLATE");
    private static final List<String> KEYS = List.of("split", "genre", "topic", "site");
    private static final List<String> ORDER = List.of("CLAIM", "QUOTATION", "OPINION", "BOILERPLATE");

    /** A bad authoring file: the message names the file and line. */
    static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }

    record Row(String label, String text) {
    }

    record Doc(String id, Map<String, String> meta, String html, String text, List<Row> rows) {
    }

    public static void main(String[] args) {
        boolean check = false;
        Path out = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--check")) {
                check = true;
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (out == null || files.isEmpty()) {
            System.err.println("usage: java -cp target/thresher.jar datasets/tools/HtmlPair.java [--check] "
                    + "--out DATASETS_DIR FILE.ann.html...");
            System.exit(2);
        }
        int errors = 0;
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(parse(f));
            } catch (BadFile e) {
                System.out.println("ERROR " + e.getMessage());
                errors++;
            }
        }
        Map<String, String[]> index = readIndex(out.resolve("documents.tsv"));
        errors += crossChecks(out, docs, index);
        Map<String, Integer> total = new TreeMap<>();
        for (Doc d : docs) {
            Map<String, Integer> c = counts(d.rows);
            c.forEach((k, v) -> total.merge(k, v, Integer::sum));
            long lines = d.text.lines().filter(l -> !l.isBlank()).count();
            System.out.printf("%-32s %-5s %4d lines %4d sentences  B %3d%%  %s%n", d.id, d.meta.get("split"), lines,
                    d.rows.size(), Math.round(100.0 * c.getOrDefault("BOILERPLATE", 0) / d.rows.size()), summary(c));
        }
        int n = total.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%d documents, %d sentences: %s%n", docs.size(), n, summary(total));
        if (errors > 0) {
            System.out.println(errors + " error(s)");
            System.exit(1);
        }
        if (check) {
            return;
        }
        try {
            for (Doc d : docs) {
                Path dir = out.resolve(d.meta.get("split"));
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(d.id + ".html"), d.html, StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(d.id + ".txt"), d.text, StandardCharsets.UTF_8);
                StringBuilder tsv = new StringBuilder("label\ttext\n");
                for (Row r : d.rows) {
                    tsv.append(r.label).append('\t').append(r.text).append('\n');
                }
                Files.writeString(dir.resolve(d.id + ".labels.tsv"), tsv.toString(), StandardCharsets.UTF_8);
                index.put(d.id, new String[] {d.id, d.meta.get("split"), d.meta.get("genre"), d.meta.get("topic"),
                    d.meta.get("site")});
            }
            StringBuilder table = new StringBuilder("id\tsplit\tgenre\ttopic\tsite\n");
            for (String[] row : index.values()) {
                table.append(String.join("\t", row)).append('\n');
            }
            Files.writeString(out.resolve("documents.tsv"), table.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("ERROR cannot write: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Reads one authoring file into its page, text and gold rows. */
    static Doc parse(Path file) throws BadFile {
        String name = file.getFileName().toString();
        if (!name.endsWith(".ann.html")) {
            throw new BadFile(file + ": name must end in .ann.html");
        }
        String id = name.substring(0, name.length() - ".ann.html".length());
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadFile(file + ": cannot read: " + e.getMessage());
        }
        Matcher h = HEADER.matcher(raw);
        if (!h.find()) {
            throw new BadFile(file + ":1: the first line must be a header comment <!-- split: ...; genre: ...; "
                    + "topic: ...; site: ... -->");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String part : h.group(1).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new BadFile(file + ":1: bad header entry '" + part.strip() + "'");
            }
            meta.put(part.substring(0, colon).strip().toLowerCase(), part.substring(colon + 1).strip());
        }
        for (String k : KEYS) {
            if (meta.getOrDefault(k, "").isEmpty() || meta.get(k).matches(".*\\s.*")) {
                throw new BadFile(file + ":1: header lacks '" + k + ":' (one word)");
            }
        }
        if (!List.of("train", "dev", "test").contains(meta.get("split"))) {
            throw new BadFile(file + ":1: split must be train, dev or test");
        }
        int bodyStart = h.end();
        String body = raw.substring(bodyStart);
        // Number every marker so that each piece of the extracted text can be traced to its line.
        List<Integer> markerLines = new ArrayList<>();
        StringBuilder indexed = new StringBuilder();
        Matcher m = MARKER.matcher(body);
        int last = 0;
        while (m.find()) {
            indexed.append(body, last, m.start()).append('\u27e6').append(m.group(1)).append(markerLines.size())
                    .append('\u27e7');
            markerLines.add(lineOf(raw, bodyStart + m.start()));
            last = m.end();
        }
        indexed.append(body.substring(last));
        String page = MARKER.matcher(body).replaceAll("");
        int stray = Math.max(page.indexOf('\u27e6'), page.indexOf('\u27e7'));
        if (stray >= 0) {
            throw new BadFile(file + ":" + lineOf(raw, bodyStart + stray) + ": malformed marker (use ⟦C⟧ ⟦Q⟧ ⟦O⟧ ⟦B⟧)");
        }
        String marked = HtmlText.of(indexed.toString().getBytes(StandardCharsets.UTF_8), file.toString());
        String text = HtmlText.of(page.getBytes(StandardCharsets.UTF_8), file.toString());
        Matcher t = INDEXED.matcher(marked);
        List<Row> rows = new ArrayList<>();
        boolean[] seen = new boolean[markerLines.size()];
        int textCursor = 0;
        int first = marked.indexOf('\u27e6');
        if (!Whitespace.isBlank(marked, 0, first < 0 ? marked.length() : first)) {
            throw new BadFile(file + ": page text before the first marker: " + preview(marked.substring(0,
                    first < 0 ? marked.length() : first)));
        }
        while (t.find()) {
            int k = Integer.parseInt(t.group(2));
            seen[k] = true;
            int end = marked.length();
            Matcher next = INDEXED.matcher(marked);
            if (next.find(t.end())) {
                end = next.start();
            }
            String sentence = strip(marked.substring(t.end(), end));
            String where = file + ":" + markerLines.get(k);
            if (sentence.isEmpty()) {
                throw new BadFile(where + ": empty sentence after this marker");
            }
            if (sentence.indexOf('\n') >= 0 || sentence.indexOf('\r') >= 0 || sentence.indexOf('\t') >= 0) {
                throw new BadFile(where + ": the sentence after this marker spans a line break or holds a tab: "
                        + preview(sentence));
            }
            int at = text.indexOf(sentence, textCursor);
            if (at < 0) {
                throw new BadFile(where + ": the sentence after this marker is not in the page's text as extracted: "
                        + preview(sentence));
            }
            if (!Whitespace.isBlank(text, textCursor, at)) {
                throw new BadFile(where + ": page text before this sentence is not covered: "
                        + preview(text.substring(textCursor, at)));
            }
            if (!rows.isEmpty() && text.substring(textCursor, at).indexOf('\n') < 0
                    && !ENDS_SENTENCE.matcher(rows.get(rows.size() - 1).text).find()) {
                throw new BadFile(where + ": this marker splits a line after text without sentence-final "
                        + "punctuation (a menu, byline or title line is one sentence): "
                        + preview(rows.get(rows.size() - 1).text + " | " + sentence));
            }
            rows.add(new Row(LABELS.get(t.group(1)), sentence));
            textCursor = at + sentence.length();
        }
        for (int k = 0; k < seen.length; k++) {
            if (!seen[k]) {
                throw new BadFile(file + ":" + markerLines.get(k) + ": marker is not in the extracted text (inside "
                        + "an attribute, a comment, or hidden or skipped content)");
            }
        }
        if (rows.isEmpty()) {
            throw new BadFile(file + ": no markers");
        }
        if (!Whitespace.isBlank(text, textCursor, text.length())) {
            throw new BadFile(file + ": page text after the last sentence is not covered: "
                    + preview(text.substring(textCursor)));
        }
        return new Doc(id, meta, page, text, rows);
    }

    /** Checks across documents: sites do not span splits, no content sentence in two documents. */
    private static int crossChecks(Path out, List<Doc> docs, Map<String, String[]> index) {
        int errors = 0;
        Map<String, String> siteSplit = new HashMap<>();
        for (String[] row : index.values()) {
            if (docs.stream().noneMatch(d -> d.id.equals(row[0]))) {
                siteSplit.putIfAbsent(row[4], row[1]);
            }
        }
        for (Doc d : docs) {
            String other = siteSplit.putIfAbsent(d.meta.get("site"), d.meta.get("split"));
            if (other != null && !other.equals(d.meta.get("split"))) {
                System.out.println("ERROR " + d.id + ": site " + d.meta.get("site") + " is also in split " + other);
                errors++;
            }
        }
        Map<String, String> owner = new HashMap<>();
        for (String split : List.of("train", "dev", "test")) {
            Path dir = out.resolve(split);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".labels.tsv")).toList()) {
                    String id = p.getFileName().toString().replace(".labels.tsv", "");
                    if (docs.stream().anyMatch(d -> d.id.equals(id))) {
                        continue;
                    }
                    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        int tab = line.indexOf('\t');
                        if (tab > 0 && !line.startsWith("BOILERPLATE") && !line.startsWith("label\t")) {
                            owner.putIfAbsent(line.substring(tab + 1), id);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Doc d : docs) {
            for (Row r : d.rows) {
                if (r.label.equals("BOILERPLATE") || r.text.length() <= 25) {
                    continue;
                }
                String prev = owner.putIfAbsent(r.text, d.id);
                if (prev != null && !prev.equals(d.id)) {
                    System.out.println("ERROR " + d.id + ": content sentence also in " + prev + ": " + preview(r.text));
                    errors++;
                }
            }
        }
        return errors;
    }

    private static Map<String, String[]> readIndex(Path table) {
        Map<String, String[]> index = new TreeMap<>();
        if (!Files.exists(table)) {
            return index;
        }
        try {
            List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    String[] c = line.split("\t", -1);
                    index.put(c[0], c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    private static Map<String, Integer> counts(List<Row> rows) {
        Map<String, Integer> c = new HashMap<>();
        rows.forEach(r -> c.merge(r.label, 1, Integer::sum));
        return c;
    }

    private static String summary(Map<String, Integer> c) {
        StringBuilder b = new StringBuilder();
        for (String l : ORDER) {
            b.append(l.charAt(0)).append('=').append(c.getOrDefault(l, 0)).append(' ');
        }
        return b.toString().strip();
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

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String preview(String s) {
        String flat = s.strip().replace('\n', ' ').replace('\r', ' ');
        return "'" + (flat.length() > 70 ? flat.substring(0, 67) + "..." : flat) + "'";
    }
}
