package dev.thresher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A small copy of {@code datasets/} for fast end-to-end tests: the first documents of each
 * split (in file-name order) and their rows of {@code documents.tsv}.
 */
public final class TinyDataset {
    private TinyDataset() {
    }

    /** Copies {@code train}, {@code dev} and {@code test} documents of each split into {@code root}. */
    public static Path create(Path root, int train, int dev, int test) throws IOException {
        Set<String> ids = new HashSet<>();
        copy("train", train, root, ids);
        copy("dev", dev, root, ids);
        copy("test", test, root, ids);
        List<String> lines = Files.readAllLines(Path.of("datasets/documents.tsv"));
        StringBuilder table = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            if (ids.contains(line.split("\t")[0])) {
                table.append(line).append('\n');
            }
        }
        Files.writeString(root.resolve("documents.tsv"), table);
        return root;
    }

    private static void copy(String split, int count, Path root, Set<String> ids) throws IOException {
        if (count == 0) {
            return;
        }
        Path target = Files.createDirectories(root.resolve(split));
        try (Stream<Path> files = Files.list(Path.of("datasets", split))) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(count).toList();
            for (Path text : texts) {
                String name = text.getFileName().toString();
                String id = name.substring(0, name.length() - 4);
                ids.add(id);
                Files.copy(text, target.resolve(name));
                Files.copy(text.resolveSibling(id + ".labels.tsv"), target.resolve(id + ".labels.tsv"));
            }
        }
    }
}
