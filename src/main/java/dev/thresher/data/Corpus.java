package dev.thresher.data;

import dev.thresher.Label;
import dev.thresher.ThresherException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole dataset: its splits ({@code train}, {@code dev}, {@code test}) and the document
 * metadata table {@code documents.tsv} ({@code id, split, genre, topic, site}).
 *
 * @param root      the dataset folder
 * @param splits    the documents of each split present, by split name
 * @param metadata  the metadata row of each document, by id
 */
public record Corpus(Path root, Map<String, List<LabeledDocument>> splits, Map<String, DocumentInfo> metadata) {
    /** The split names, in order. */
    public static final List<String> SPLITS = List.of("train", "dev", "test");

    /** One row of {@code documents.tsv}. */
    public record DocumentInfo(String id, String split, String genre, String topic, String site) {
    }

    /** Reads and validates every split of the dataset at {@code root}, and its metadata table. */
    public static Corpus read(Path root) {
        Map<String, List<LabeledDocument>> splits = new LinkedHashMap<>();
        for (String split : SPLITS) {
            if (Files.isDirectory(root.resolve(split))) {
                splits.put(split, DatasetReader.readFolder(root.resolve(split)));
            }
        }
        if (splits.isEmpty()) {
            throw new ThresherException(ThresherException.Kind.DATA, root + ": no train, dev or test folder");
        }
        return new Corpus(root, splits, readMetadata(root.resolve("documents.tsv")));
    }

    /**
     * Reads a metadata table ({@code documents.tsv}: {@code id, split, genre, topic, site}),
     * rows by id; empty when the file does not exist.
     *
     * @throws ThresherException of kind DATA naming the file and line of a malformed row
     */
    public static Map<String, DocumentInfo> readMetadata(Path table) {
        Map<String, DocumentInfo> rows = new TreeMap<>();
        if (!Files.exists(table)) {
            return rows;
        }
        String[] lines = TextFiles.readUtf8(table, ThresherException.Kind.DATA).split("\n");
        if (!lines[0].strip().equals("id\tsplit\tgenre\ttopic\tsite")) {
            throw new ThresherException(ThresherException.Kind.DATA, table + ":1: header must be id, split, genre, "
                    + "topic, site (tab-separated)");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] c = lines[i].strip().split("\t", -1);
            if (c.length != 5) {
                throw new ThresherException(ThresherException.Kind.DATA, table + ":" + (i + 1)
                        + ": expected 5 tab-separated columns");
            }
            rows.put(c[0], new DocumentInfo(c[0], c[1], c[2], c[3], c[4]));
        }
        return rows;
    }

    /** Counts per split: documents, sentences, labels, genres, topics, sites, as printable lines. */
    public List<String> statistics() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<LabeledDocument>> e : splits.entrySet()) {
            DataSummary summary = DataSummary.of(e.getValue(), metadata);
            lines.add(String.format("%s: %d documents, %d sentences", e.getKey(), summary.documents(),
                    summary.sentences()));
            StringBuilder b = new StringBuilder("  labels:");
            for (Label l : Label.values()) {
                b.append(String.format(" %s %d (%.1f%%)", l, summary.labels().get(l), 100.0 * summary.share(l)));
            }
            lines.add(b.toString());
            lines.add("  genres (" + summary.genres().size() + "): " + summary.genres());
            lines.add("  topics (" + summary.topics().size() + "): " + summary.topics());
            lines.add("  sites (" + summary.sites().size() + "): " + summary.sites());
        }
        return lines;
    }
}
