package dev.thresher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document too big for the heap fails alone, in one line, and the batch goes on. */
class LargeDocumentTest {
    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryFailsThatDocumentInOneLineAndTheNextIsStillClassified() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "Word. ".repeat(500_000));
        Path small = Files.writeString(dir.resolve("small.txt"), "The council met on Tuesday. It approved the budget.\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the command line's class path (set by the build), not the tests' one, which also holds Spark
        String classPath = System.getProperty("thresher.cli.classpath", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-Xmx48m", "-cp", classPath,
                Main.class.getName(), "classify", "--threads", "1", big.toString(), small.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "no hang");
        List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("SLF4J")).toList();
        assertEquals(Main.INPUT, p.exitValue(), String.join("\n", err));
        assertEquals(List.of("thresher: " + big + ": not enough memory to classify this document (3,000,000 "
                + "characters); give Java more heap (-Xmx) or split the document",
                "thresher: 1 of 2 documents failed"), err);
        String out = Files.readString(dir.resolve("out.txt"));
        assertTrue(out.contains("== " + small) && out.contains("It approved the budget."), out);
        assertFalse(out.contains("== " + big), out);
    }
}
