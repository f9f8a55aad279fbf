package dev.thresher.data;

import dev.thresher.Label;
import dev.thresher.ThresherException;
import dev.thresher.segment.Whitespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.thresher.html.HtmlPage;
import dev.thresher.html.HtmlText;
import java.util.stream.Stream;

/**
 * Reads and validates dataset documents: pairs of {@code <id>.txt} and {@code <id>.labels.tsv}
 * (header {@code label<TAB>text}, then one gold sentence per row, in order, each found verbatim
 * after the previous one, together covering every non-white-space character of the text).
 * Any breach fails with the file and row at fault.
 */
public final class DatasetReader {
    private static final String LABELS_SUFFIX = ".labels.tsv";
    private static final String HEADER = "label\ttext";

    private DatasetReader() {
    }

    /**
     * Every document in {@code folder} (not its subfolders), sorted by id.
     *
     * @throws ThresherException naming the file and row of the first problem found
     */
    public static List<LabeledDocument> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ThresherException(ThresherException.Kind.DATA, folder + ": not a dataset folder");
        }
        List<Path> labelFiles;
        List<Path> textFiles;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.sorted().toList();
            labelFiles = all.stream().filter(p -> p.getFileName().toString().endsWith(LABELS_SUFFIX)).toList();
            textFiles = all.stream().filter(p -> p.getFileName().toString().endsWith(".txt")).toList();
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.DATA, folder + ": cannot list: " + e.getMessage(), e);
        }
        for (Path text : textFiles) {
            String name = text.getFileName().toString();
            Path labels = text.resolveSibling(name.substring(0, name.length() - 4) + LABELS_SUFFIX);
            if (!Files.exists(labels)) {
                throw new ThresherException(ThresherException.Kind.DATA, text + ": no matching " + labels.getFileName());
            }
        }
        List<LabeledDocument> documents = new ArrayList<>(labelFiles.size());
        for (Path labels : labelFiles) {
            documents.add(read(labels));
        }
        if (documents.isEmpty()) {
            throw new ThresherException(ThresherException.Kind.DATA, folder + ": holds no *" + LABELS_SUFFIX + " files");
        }
        return documents;
    }

    /** Reads one document given its {@code .labels.tsv} file. */
    public static LabeledDocument read(Path labelsFile) {
        String name = labelsFile.getFileName().toString();
        String id = name.substring(0, name.length() - LABELS_SUFFIX.length());
        Path textFile = labelsFile.resolveSibling(id + ".txt");
        if (!Files.exists(textFile)) {
            throw new ThresherException(ThresherException.Kind.DATA, labelsFile + ": no matching " + id + ".txt");
        }
        String text = TextFiles.readUtf8(textFile, ThresherException.Kind.DATA);
        String table = TextFiles.readUtf8(labelsFile, ThresherException.Kind.DATA);
        String[] rows = table.split("\n", -1);
        if (rows.length == 0 || !rows[0].stripTrailing().equals(HEADER)) {
            throw error(labelsFile, 1, "header must be 'label<TAB>text'");
        }
        List<GoldSentence> sentences = new ArrayList<>();
        int cursor = 0;
        for (int r = 1; r < rows.length; r++) {
            String row = rows[r].endsWith("\r") ? rows[r].substring(0, rows[r].length() - 1) : rows[r];
            if (row.isEmpty()) {
                if (r == rows.length - 1) {
                    break;
                }
                throw error(labelsFile, r + 1, "empty row");
            }
            int tab = row.indexOf('\t');
            if (tab < 0 || row.indexOf('\t', tab + 1) >= 0) {
                throw error(labelsFile, r + 1, "expected two tab-separated columns");
            }
            Label label;
            try {
                label = Label.parse(row.substring(0, tab));
            } catch (IllegalArgumentException e) {
                throw error(labelsFile, r + 1, e.getMessage());
            }
            String sentence = row.substring(tab + 1);
            if (sentence.isEmpty() || Whitespace.isBlank(sentence, 0, sentence.length())) {
                throw error(labelsFile, r + 1, "empty sentence text");
            }
            int at = text.indexOf(sentence, cursor);
            if (at < 0) {
                throw error(labelsFile, r + 1, "sentence not found in " + textFile.getFileName()
                        + " after the previous one: " + preview(sentence));
            }
            if (!Whitespace.isBlank(text, cursor, at)) {
                throw error(labelsFile, r + 1, "text before this sentence is not covered by any row: "
                        + preview(text.substring(cursor, at).strip()));
            }
            sentences.add(new GoldSentence(label, at, at + sentence.length(), r + 1));
            cursor = at + sentence.length();
        }
        if (!Whitespace.isBlank(text, cursor, text.length())) {
            throw error(labelsFile, rows.length, "text after the last row is not covered: "
                    + preview(text.substring(cursor).strip()));
        }
        if (sentences.isEmpty()) {
            throw error(labelsFile, 2, "no sentences");
        }
        return new LabeledDocument(id, textFile, text, sentences, page(textFile.resolveSibling(id + ".html"), text));
    }

    /**
     * The web page beside a document's text, or null when there is none; its extracted text must
     * be the document's text, so that the gold sentences fit both.
     */
    private static HtmlPage page(Path htmlFile, String text) {
        if (!Files.exists(htmlFile)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(htmlFile);
        } catch (java.io.IOException e) {
            throw new ThresherException(ThresherException.Kind.DATA, htmlFile + ": cannot read: " + e.getMessage(), e);
        }
        HtmlPage page = HtmlText.page(bytes, htmlFile.toString());
        String extracted = page.text();
        if (!extracted.equals(text)) {
            int at = 0;
            while (at < Math.min(extracted.length(), text.length()) && extracted.charAt(at) == text.charAt(at)) {
                at++;
            }
            throw new ThresherException(ThresherException.Kind.DATA, htmlFile + ": its text differs from the .txt "
                    + "beside it at character " + at + ": " + preview(extracted.substring(at)) + " vs "
                    + preview(text.substring(at)));
        }
        return page;
    }

    private static ThresherException error(Path file, int row, String message) {
        return new ThresherException(ThresherException.Kind.DATA, file + ":" + row + ": " + message);
    }

    private static String preview(String s) {
        String flat = s.replace('\n', ' ').replace('\r', ' ');
        return "'" + (flat.length() > 60 ? flat.substring(0, 57) + "..." : flat) + "'";
    }
}
