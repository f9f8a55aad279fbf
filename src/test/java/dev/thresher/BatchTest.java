package dev.thresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Thresher#classifyAll}: input order, same results as one at a time, failures, laziness. */
class BatchTest {
    private static Thresher thresher;
    private static List<Document> documents;

    @BeforeAll
    static void load() throws IOException {
        thresher = Thresher.loadDefault();
        documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("datasets/test"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(15).toList()) {
                documents.add(new Document(p.getFileName().toString(), Files.readString(p)));
            }
        }
    }

    @Test
    void resultsComeInInputOrderAndEqualClassifyingOneAtATime() {
        List<ClassifiedDocument> expected = documents.stream().map(thresher::classify).toList();
        for (int threads : new int[] {1, 2, 4}) {
            try (Stream<ClassifiedDocument> results = thresher.classifyAll(documents.stream(), threads)) {
                assertEquals(expected, results.toList(), threads + " threads");
            }
        }
    }

    /** A source that fails to read. */
    private record Unreadable(String location) implements DocumentSource {
        @Override
        public Document read() {
            throw new ThresherException(ThresherException.Kind.INPUT, location + ": cannot read");
        }
    }

    @Test
    void aSourceThatCannotBeReadFailsAloneAndTheBatchGoesOn() {
        List<DocumentSource> sources = List.of(documents.get(0), new Unreadable("gone.txt"), documents.get(1));
        List<BatchResult<DocumentSource>> results;
        try (Stream<BatchResult<DocumentSource>> s = thresher.classifyAll(sources.stream(),
                BatchOptions.defaults().withThreads(2))) {
            results = s.toList();
        }
        assertEquals(3, results.size());
        assertTrue(results.get(0).succeeded());
        assertFalse(results.get(1).succeeded());
        assertEquals("gone.txt: cannot read", results.get(1).failure().getMessage());
        assertEquals(documents.get(1), results.get(2).classified().document());
    }

    @Test
    void aLargeBatchHintKeepsTheOtherOptionsAndTheResults() {
        BatchOptions plain = BatchOptions.defaults().withThreads(2).withExplanations();
        BatchOptions large = plain.withExpectedBytes(BatchOptions.LARGE_BATCH_BYTES);
        assertEquals(new BatchOptions(2, true, plain.inFlight(), BatchOptions.LARGE_BATCH_BYTES), large);
        assertEquals(-1, plain.expectedBytes());
        assertEquals(-1, plain.withExpectedBytes(-5).expectedBytes());
        assertTrue(large.yieldsToWarmUp());
        assertFalse(plain.yieldsToWarmUp());
        assertFalse(plain.withExpectedBytes(BatchOptions.LARGE_BATCH_BYTES - 1).yieldsToWarmUp());
        List<ClassifiedDocument> expected;
        List<ClassifiedDocument> actual;
        try (Stream<ClassifiedDocument> s = thresher.classifyAll(documents.stream(), 1)) {
            expected = s.toList();
        }
        try (Stream<BatchResult<Document>> s = thresher.classifyAll(documents.stream(),
                BatchOptions.defaults().withExpectedBytes(BatchOptions.LARGE_BATCH_BYTES))) {
            actual = s.map(BatchResult::orThrow).toList();
        }
        assertEquals(expected, actual);
    }

    @Test
    void thenRunsOnTheWorkersAndItsResultsComeInInputOrder() {
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<String> ids;
        try (Stream<String> s = thresher.classifyAll(documents.stream(), BatchOptions.defaults().withThreads(3), r -> {
            threads.add(Thread.currentThread().getName());
            return r.orThrow().document().id() + ":" + r.orThrow().sentences().size();
        })) {
            ids = s.toList();
        }
        assertEquals(documents.stream().map(d -> d.id() + ":" + thresher.classify(d.text()).size()).toList(), ids);
        assertFalse(threads.contains(Thread.currentThread().getName()), "then ran on the consuming thread");
    }

    @Test
    void explanationsComeOnlyWhenAskedAndAgreeWithTheLabels() {
        try (Stream<BatchResult<Document>> s = thresher.classifyAll(documents.stream().limit(3),
                BatchOptions.defaults().withThreads(2).withExplanations())) {
            for (BatchResult<Document> r : s.toList()) {
                ClassifiedDocument d = r.orThrow();
                assertEquals(d.sentences().size(), d.explanations().size());
                assertEquals(thresher.classify(d.document().text()), d.sentences());
            }
        }
        assertTrue(thresher.classify(documents.get(0)).explanations().isEmpty());
    }

    @Test
    void documentsArePulledOnlyAsResultsAreConsumed() {
        AtomicInteger pulled = new AtomicInteger();
        Stream<Document> endless = Stream.iterate(0, i -> i + 1).map(i -> {
            pulled.incrementAndGet();
            return documents.get(i % documents.size());
        });
        int threads = 2;
        try (Stream<ClassifiedDocument> results = thresher.classifyAll(endless, threads)) {
            assertEquals(5, results.limit(5).count());
        }
        int window = BatchOptions.defaults().inFlight() * threads;
        assertTrue(pulled.get() <= 5 + window + 1, "pulled " + pulled.get());
    }
}
