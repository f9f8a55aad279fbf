package dev.thresher.eval;

import dev.thresher.data.Corpus;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labelled folder being evaluated and what surrounds it. When the folder is a split of a
 * dataset (its parent holds {@code documents.tsv} or a {@code train/} folder), the parent's
 * {@code train/} and {@code dev/} splits are found for the baselines, cross-validation and
 * ablation (which never train on the evaluated folder unless it is itself one of them), and
 * {@code documents.tsv} supplies genres, topics and sites.
 *
 * @param folder       the evaluated folder, as given
 * @param documents    its documents
 * @param root         the dataset folder around it, or {@code null} if it is not a split of one
 * @param metadata     document metadata by id (empty without {@code documents.tsv})
 * @param train        the dataset's train split (empty if none)
 * @param dev          the dataset's dev split (empty if none)
 */
public record EvaluationData(Path folder, List<LabeledDocument> documents, Path root,
                             Map<String, Corpus.DocumentInfo> metadata, List<LabeledDocument> train,
                             List<LabeledDocument> dev) {
    /** Copies the collections. */
    public EvaluationData {
        documents = List.copyOf(documents);
        metadata = Map.copyOf(metadata);
        train = List.copyOf(train);
        dev = List.copyOf(dev);
    }

    /**
     * Reads {@code folder} and, if it is a split of a dataset, the dataset's metadata and its
     * train and dev splits.
     *
     * @throws dev.thresher.ThresherException of kind DATA for a missing or malformed folder
     */
    public static EvaluationData locate(Path folder) {
        List<LabeledDocument> documents = DatasetReader.readFolder(folder);
        Path parent = folder.toAbsolutePath().normalize().getParent();
        if (parent == null || !(Files.isRegularFile(parent.resolve("documents.tsv"))
                || Files.isDirectory(parent.resolve("train")))) {
            return new EvaluationData(folder, documents, null, Map.of(), List.of(), List.of());
        }
        Map<String, Corpus.DocumentInfo> metadata = Corpus.readMetadata(parent.resolve("documents.tsv"));
        List<LabeledDocument> train = readSplit(parent.resolve("train"));
        List<LabeledDocument> dev = readSplit(parent.resolve("dev"));
        return new EvaluationData(folder, documents, parent, metadata, train, dev);
    }

    private static List<LabeledDocument> readSplit(Path split) {
        return Files.isDirectory(split) ? DatasetReader.readFolder(split) : List.of();
    }

    /**
     * How to name the dataset's split {@code split} in a report: beside the evaluated folder as
     * the user named it ({@code datasets/train} for {@code datasets/test}), or under the
     * dataset root.
     */
    public String splitName(String split) {
        Path given = folder.normalize().getParent();
        return (given != null ? given.resolve(split) : root.resolve(split)).toString();
    }

    /** The data for cross-validation: train and dev together, in id order. */
    public List<LabeledDocument> trainAndDev() {
        java.util.ArrayList<LabeledDocument> all = new java.util.ArrayList<>(train);
        all.addAll(dev);
        all.sort(java.util.Comparator.comparing(LabeledDocument::id));
        return all;
    }

    /** How many evaluated documents (by id) are also in {@code other}. */
    public int overlapWith(List<LabeledDocument> other) {
        Set<String> ids = new HashSet<>();
        for (LabeledDocument d : other) {
            ids.add(d.id());
        }
        int n = 0;
        for (LabeledDocument d : documents) {
            if (ids.contains(d.id())) {
                n++;
            }
        }
        return n;
    }
}
