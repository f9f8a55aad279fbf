package dev.thresher.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFolderTest {
    @TempDir
    Path dir;

    @Test
    void listsTxtFilesRecursivelyInPathOrder() throws IOException {
        for (String name : new String[] {"b.txt", "a-c.txt", "a/b.txt", "a/z/y.txt", "a/notes.md", "A.txt", "a.txt",
            "c/d.TXT", "ab/x.txt", "a0.txt"}) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, name);
        }
        List<String> ids = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        new TextFolder(dir).forEachRemaining(in -> {
            ids.add(in.read().id());
            sizes.add(in.size());
        });
        List<String> expected;
        try (Stream<Path> walk = Files.walk(dir)) {
            expected = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted()
                    .map(p -> dir.relativize(p).toString()).toList();
        }
        assertEquals(expected, ids);
        assertEquals(List.of("A.txt", "a-c.txt", "a.txt", "a/b.txt", "a/z/y.txt", "a0.txt", "ab/x.txt", "b.txt"), ids);
        assertEquals(Long.valueOf("a/z/y.txt".length()), sizes.get(4));
        assertEquals(ids.stream().mapToLong(String::length).sum(), TextFolder.totalSize(dir, TextFolder.Kinds.TEXT));
    }
}
