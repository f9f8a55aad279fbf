package dev.thresher.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.Label;
import dev.thresher.html.HtmlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates the shipped corpus in {@code datasets/} against the dataset contract and our targets. */
class CorpusTest {
    static final Set<String> HELD_OUT_TOPICS = Set.of("religion", "agriculture", "weather", "military");
    private static Corpus corpus;

    @BeforeAll
    static void read() {
        corpus = Corpus.read(Path.of("datasets"));
    }

    private static List<LabeledDocument> all() {
        List<LabeledDocument> docs = new ArrayList<>();
        corpus.splits().values().forEach(docs::addAll);
        return docs;
    }

    @Test
    void everyDocumentIsListedOnceWithItsSplit() {
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<LabeledDocument>> e : corpus.splits().entrySet()) {
            for (LabeledDocument doc : e.getValue()) {
                assertTrue(seen.add(doc.id()), doc.id() + " is in two splits");
                Corpus.DocumentInfo info = corpus.metadata().get(doc.id());
                assertTrue(info != null, doc.id() + " is missing from documents.tsv");
                assertEquals(e.getKey(), info.split(), doc.id() + " split");
            }
        }
        assertEquals(seen, corpus.metadata().keySet(), "documents.tsv lists documents that do not exist");
    }

    @Test
    void everyHtmlPageGivesExactlyTheTextItsGoldIsOn() throws IOException {
        int pages = 0;
        for (LabeledDocument doc : all()) {
            Path html = doc.textFile().resolveSibling(doc.id() + ".html");
            if (Files.exists(html)) {
                pages++;
                assertTrue(!corpus.metadata().get(doc.id()).split().equals("test"),
                        doc.id() + ": HTML pages stay out of the test split, which is a fixed regression check");
                assertEquals(doc.text(), HtmlText.of(Files.readAllBytes(html), html.toString()),
                        html + ": extracted text differs from " + doc.textFile().getFileName());
            }
        }
        assertTrue(pages >= 41, "HTML pages: " + pages);
    }

    @Test
    void testSplitHoldsOutSitesAndTopics() {
        Set<String> trainDevSites = new HashSet<>();
        Set<String> trainDevTopics = new HashSet<>();
        Set<String> testTopics = new TreeSet<>();
        for (Corpus.DocumentInfo info : corpus.metadata().values()) {
            if (info.split().equals("test")) {
                testTopics.add(info.topic());
            } else {
                trainDevSites.add(info.site());
                trainDevTopics.add(info.topic());
            }
        }
        for (Corpus.DocumentInfo info : corpus.metadata().values()) {
            if (info.split().equals("test")) {
                assertTrue(!trainDevSites.contains(info.site()), "test site " + info.site() + " also in train/dev");
            }
        }
        for (String topic : HELD_OUT_TOPICS) {
            assertTrue(!trainDevTopics.contains(topic), "held-out topic " + topic + " occurs in train/dev");
            assertTrue(testTopics.contains(topic), "held-out topic " + topic + " missing from test");
        }
    }

    @Test
    void noContentSentenceOccursInTwoDocuments() {
        Map<String, String> owner = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (LabeledDocument doc : all()) {
            for (GoldSentence s : doc.sentences()) {
                String text = doc.text().substring(s.start(), s.end());
                if (s.label() == Label.BOILERPLATE) {
                    continue;
                }
                String previous = owner.putIfAbsent(text, doc.id());
                if (previous != null && !previous.equals(doc.id()) && text.length() > 25) {
                    duplicates.add(doc.id() + " & " + previous + ": " + text);
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    void sizeAndBalanceTargetsHold() {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        int total = 0;
        for (LabeledDocument doc : all()) {
            for (GoldSentence s : doc.sentences()) {
                counts.merge(s.label(), 1, Integer::sum);
                total++;
            }
        }
        assertTrue(all().size() >= 500, "documents: " + all().size());
        assertTrue(total >= 25000, "sentences: " + total);
        // Full pages are mostly chrome, as real pages are; every label still has thousands of examples.
        for (Label l : Label.values()) {
            assertTrue(counts.getOrDefault(l, 0) >= 0.06 * total, l + " share too low: " + counts);
            assertTrue(counts.getOrDefault(l, 0) >= 2000, l + " count too low: " + counts);
        }
        Set<String> genres = new HashSet<>();
        Set<String> topics = new HashSet<>();
        Set<String> sites = new HashSet<>();
        corpus.metadata().values().forEach(i -> {
            genres.add(i.genre());
            topics.add(i.topic());
            sites.add(i.site());
        });
        assertTrue(genres.size() >= 10 && topics.size() >= 20 && sites.size() >= 90,
                genres.size() + " genres, " + topics.size() + " topics, " + sites.size() + " sites");
    }

    @Test
    void manyDocumentsAreFullPagesWithMostLinesChrome() {
        int fullPages = 0;
        Set<String> sites = new HashSet<>();
        for (LabeledDocument doc : all()) {
            long chrome = doc.sentences().stream().filter(s -> s.label() == Label.BOILERPLATE).count();
            if (chrome >= 0.6 * doc.sentences().size() && doc.sentences().size() >= 40) {
                fullPages++;
                sites.add(corpus.metadata().get(doc.id()).site());
            }
        }
        assertTrue(fullPages >= 150 && sites.size() >= 40, fullPages + " full pages from " + sites.size() + " sites");
    }

    @Test
    void statisticsCoverEverySplit() {
        List<String> lines = corpus.statistics();
        for (String split : Corpus.SPLITS) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(split + ": ")), split);
        }
    }
}
