package dev.thresher.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for all Spark test classes (one JVM), and the test split's documents. */
final class SparkTests {
    private static SparkSession session;

    private SparkTests() {
    }

    /** A local session with two cores, made on first use and left for the JVM's end to stop. */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("thresher-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
        }
        return session;
    }

    /** A document of the test split. */
    record Doc(String id, String text) {
    }

    /** The test split's documents ({@code datasets/test/*.txt}), by name. */
    static List<Doc> testSplit() {
        try (Stream<Path> files = Files.list(Path.of("datasets/test"))) {
            List<Doc> docs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(new Doc(f.getFileName().toString(), Files.readString(f)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
