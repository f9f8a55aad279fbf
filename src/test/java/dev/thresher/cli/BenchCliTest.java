package dev.thresher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} on a tiny dataset: the cold-process pass reports its figures and ratios. */
class BenchCliTest {
    private static final String NUMBER = "(\\d+\\.\\d+)";

    @TempDir
    Path dir;

    /** A few labelled training documents: enough to train on, few enough to keep the benchmark short. */
    private Path tinyDataset() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        List<Path> texts;
        try (Stream<Path> files = Files.list(Path.of("datasets/train"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(5).toList();
        }
        for (Path text : texts) {
            Files.copy(text, data.resolve(text.getFileName()));
            String labels = text.getFileName().toString().replaceFirst("\\.txt$", ".labels.tsv");
            Files.copy(text.resolveSibling(labels), data.resolve(labels));
        }
        return data;
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
        assertTrue(m.find(), "no line matching " + regex + " in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    /** {@code ratio} is {@code a / b}, all three printed rounded to two decimals. */
    private static void assertRatioOfRounded(double ratio, double a, double b, String out) {
        double low = (a - 0.005) / (b + 0.005) - 0.005;
        double high = (a + 0.005) / Math.max(1e-9, b - 0.005) + 0.005;
        assertTrue(ratio >= low && ratio <= high, ratio + " is not " + a + " / " + b + " in:\n" + out);
    }

    @Test
    void coldPassReportsItsThroughputAndTheRatiosNextToTheWarmOne() throws IOException {
        CliTest.Run r = CliTest.run("bench", "--data", tinyDataset().toString(), "--mb", "0.2", "--warmup", "0",
                "--latency-runs", "5", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("cold process (a new JVM per run, JVM start included, output discarded), each run "
                + "followed by\nthe warm engine on the same documents in this JVM:"), out);
        assertTrue(out.contains(" classify --input-format jsonl --format jsonl --threads 1|2 FILE"), out);
        double coldOne = number(out, "^  Thresher cold, 1 thread +" + NUMBER + " MB/s +\\d+\\.\\d s$");
        double coldTwo = number(out, "^  Thresher cold, 2 threads +" + NUMBER + " MB/s +\\d+\\.\\d s$");
        double warmOne = number(out, "^    the warm engine right after, 1 thread +" + NUMBER + " MB/s +\\d+\\.\\d s$");
        assertTrue(number(out, "^    the warm engine right after, 2 threads +" + NUMBER + " MB/s") > 0, out);
        double coldOverWarm = number(out, "^  cold 1 thread / warm 1 thread, MB/s +" + NUMBER
                + "x  target >= 0\\.9: (met|MISSED)$");
        double scaling = number(out, "^  cold 2 threads / cold 1 thread, MB/s +" + NUMBER
                + "x  target >= 1\\.8: (met|MISSED)$");
        assertTrue(coldOne > 0 && coldTwo > 0 && warmOne > 0, out);
        assertRatioOfRounded(coldOverWarm, coldOne, warmOne, out);
        assertRatioOfRounded(scaling, coldTwo, coldOne, out);
        assertTrue(r.err().contains("bench: cold process, 2 threads: "), r.err());

        // Where the cold time goes: four parts that add up to each cold run's time.
        assertTrue(out.contains("  where the cold time goes, s"), out);
        String parts = "JVM start, model load, first document \\(new JVM\\)|the engine at its warm speed|reading, formatting, writing \\(warm CLI - engine\\)|warming up \\(the rest: code not yet "
                + "compiled\\)";
        Matcher m = Pattern.compile("^    (" + parts + ") +(-?\\d+\\.\\d+) +(-?\\d+\\.\\d+)$", Pattern.MULTILINE)
                .matcher(out);
        double[] sums = new double[2];
        int found = 0;
        while (m.find()) {
            sums[0] += Double.parseDouble(m.group(2));
            sums[1] += Double.parseDouble(m.group(3));
            found++;
        }
        assertEquals(4, found, out);
        Matcher total = Pattern.compile("^    the cold run +(\\d+\\.\\d+) +(\\d+\\.\\d+)$", Pattern.MULTILINE)
                .matcher(out);
        assertTrue(total.find(), out);
        assertEquals(Double.parseDouble(total.group(1)), sums[0], 0.021, out);
        assertEquals(Double.parseDouble(total.group(2)), sums[1], 0.021, out);
        assertEquals(number(out, "^  Thresher cold, 1 thread +\\d+\\.\\d+ MB/s +(\\d+\\.\\d) s$"),
                Double.parseDouble(total.group(1)), 0.051, out);
        double startup = number(out, "^    JVM start, model load, first document \\(new JVM\\) +(\\d+\\.\\d+) ");
        assertTrue(startup > 0 && startup < Double.parseDouble(total.group(1)), out);
    }

    @Test
    void anEmptyColdCorpusIsRefusedBeforeAnyWork() throws IOException {
        CliTest.Run r = CliTest.run("bench", "--data", tinyDataset().toString(), "--cold-mb", "0");
        assertEquals(Main.INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("thresher: --cold-mb must be more than 0, not 0\n"), r.err());
        assertEquals("", r.out());
    }
}
