package dev.thresher.data;

import dev.thresher.ThresherException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled data in the layout of the real-world development sets: a folder holding
 * {@code gold.tsv} and the documents in {@code docs/}. {@code gold.tsv} is tab-separated with
 * no quoting, a header naming the columns {@code doc} (a file name in {@code docs/}),
 * {@code label} and {@code text} (a verbatim substring of the document, rows of a document in
 * document order) and optionally {@code flag} (any non-empty flag, such as {@code ?}, marks a
 * debatable row). Labels are free: they need not be ours.
 *
 * @param folder    the folder
 * @param documents the documents with gold rows, in order of first appearance
 */
public record GoldTable(Path folder, List<Document> documents) {
    /** The name of the gold file. */
    public static final String FILE = "gold.tsv";

    /** Copies the list. */
    public GoldTable {
        documents = List.copyOf(documents);
    }

    /**
     * A gold row located in its document.
     *
     * @param line  its line in {@code gold.tsv} (1-based; the header is line 1)
     * @param start its start in the document, in UTF-16 code units
     * @param end   its end (exclusive)
     * @param label its gold label
     * @param flag  its flag ({@code ""} when none)
     */
    public record Row(int line, int start, int end, String label, String flag) {
        /** Whether the row is flagged as debatable. */
        public boolean flagged() {
            return !flag.isEmpty();
        }
    }

    /**
     * A document and its gold rows.
     *
     * @param id   its file name in {@code docs/}
     * @param text its text
     * @param rows its gold rows, in document order
     */
    public record Document(String id, String text, List<Row> rows) {
        /** Copies the list. */
        public Document {
            rows = List.copyOf(rows);
        }
    }

    /** Whether {@code folder} is in this layout (it holds {@code gold.tsv}). */
    public static boolean isGoldFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /**
     * Reads and checks {@code folder}.
     *
     * @throws ThresherException of kind DATA naming the file and line of a malformed row, a
     *                           missing document or a text not found in it
     */
    public static GoldTable read(Path folder) {
        Path file = folder.resolve(FILE);
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new ThresherException(ThresherException.Kind.DATA, file + ": empty, expected a header line");
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int doc = header.indexOf("doc");
        int label = header.indexOf("label");
        int text = header.indexOf("text");
        int flag = header.indexOf("flag");
        if (doc < 0 || label < 0 || text < 0) {
            throw new ThresherException(ThresherException.Kind.DATA, file + ":1: the header must name the columns "
                    + "doc, label and text (and optionally flag), tab-separated; found " + header);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                throw error(file, number, cells.length + " tab-separated columns, expected " + header.size()
                        + " as in the header");
            }
            String id = cells[doc];
            if (id.isEmpty() || cells[label].isEmpty() || cells[text].isEmpty()) {
                throw error(file, number, "empty " + (id.isEmpty() ? "doc" : cells[label].isEmpty() ? "label" : "text"));
            }
            Path docFile = folder.resolve("docs").resolve(id);
            if (!docFile.normalize().startsWith(folder.resolve("docs").normalize()) || id.contains("/")) {
                throw error(file, number, "doc " + id + " is not a file name in docs/");
            }
            String content = texts.get(id);
            if (content == null) {
                if (!Files.isRegularFile(docFile)) {
                    throw error(file, number, "no document docs/" + id);
                }
                content = TextFiles.readUtf8(docFile, ThresherException.Kind.DATA);
                texts.put(id, content);
            }
            int from = positions.getOrDefault(id, 0);
            int at = content.indexOf(cells[text], from);
            if (at < 0) {
                throw error(file, number, "text not found in docs/" + id + (from > 0 ? " after the previous row" : "")
                        + ": " + shorten(cells[text]));
            }
            positions.put(id, at + cells[text].length());
            rows.computeIfAbsent(id, k -> new ArrayList<>()).add(new Row(number, at, at + cells[text].length(),
                    cells[label], flag < 0 ? "" : cells[flag]));
        }
        List<Document> documents = new ArrayList<>();
        rows.forEach((id, r) -> documents.add(new Document(id, texts.get(id), r)));
        return new GoldTable(folder, documents);
    }

    private static List<String> lines(Path file) {
        try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(out.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new ThresherException(ThresherException.Kind.DATA, file + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.DATA, file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static ThresherException error(Path file, int line, String message) {
        return new ThresherException(ThresherException.Kind.DATA, file + ":" + line + ": " + message);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
