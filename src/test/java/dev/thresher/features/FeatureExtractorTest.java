package dev.thresher.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.segment.Segmenter;
import dev.thresher.segment.Sentence;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
    private final FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.defaults());
    private final Segmenter segmenter = Segmenter.english();

    private List<Set<String>> features(String text) {
        List<Sentence> sentences = segmenter.segment(text);
        return extractor.extract(sentences).stream().map(a -> Set.of(a)).toList();
    }

    @Test
    void everySentenceHasTheBiasFeatureAndSortedUniqueNames() {
        List<Sentence> sentences = segmenter.segment("!!!\n...\nThe council met.");
        for (String[] f : extractor.extract(sentences)) {
            assertTrue(Arrays.asList(f).contains(FeatureExtractor.BIAS));
            String[] sorted = f.clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, f);
            assertTrue(Set.of(f).size() == f.length);
        }
    }

    @Test
    void speechInQuotesDiffersFromAScareQuotedName() {
        List<Set<String>> f = features("\"We will not close the depot this year,\" the mayor said.\n"
                + "The \"Lunar Gateway\" station is behind schedule.");
        assertTrue(f.get(0).contains("q:long"));
        assertTrue(f.get(0).contains("q:comma_close"));
        assertTrue(f.get(0).contains("rv:verb"));
        assertTrue(f.get(1).contains("q:short_only"));
        assertFalse(f.get(1).contains("rv:verb"));
    }

    @Test
    void colonIntroducedQuoteShowsInTheNextSentenceContext() {
        List<Set<String>> f = features("The agency said:\nRates will stay on hold until spring.");
        assertTrue(f.get(0).contains("rv:colon_end"));
        assertTrue(f.get(1).contains("p1.rv:colon_end"));
        assertTrue(f.get(0).contains("n1.lay:alone"));
    }

    @Test
    void stanceCuesIgnoreWordsInsideQuotes() {
        List<Set<String>> f = features("I think the council should publish the figures.\n"
                + "\"I think we should wait,\" she said.");
        assertTrue(f.get(0).containsAll(Set.of("st:i", "st:should", "st:hedge")));
        assertFalse(f.get(1).contains("st:i"));
        assertTrue(f.get(1).contains("st:we_quoted"));
    }

    @Test
    void repeatedLinesAndChromeAreMarked() {
        List<Set<String>> f = features("Storm closes harbour\nShare on Facebook\nStorm closes harbour");
        assertTrue(f.get(2).contains("lay:dup_line"));
        assertFalse(f.get(0).contains("lay:dup_line"));
        assertTrue(f.get(1).contains("web:chrome_dense"));
    }

    @Test
    void disabledGroupsAreLeftOut() {
        FeatureExtractor noWords = new FeatureExtractor(new FeatureConfig(FeatureConfig.CURRENT_VERSION, "simple", 2,
                true, EnumSet.of(FeatureGroup.WORDS, FeatureGroup.CONTEXT)));
        List<Sentence> sentences = segmenter.segment("Prices rose 4% in May. Analysts were surprised.");
        for (String[] f : noWords.extract(sentences)) {
            for (String name : f) {
                assertFalse(name.startsWith("w:") || name.startsWith("p1.") || name.startsWith("n1."), name);
            }
        }
    }

    @Test
    void extractionIsDeterministicAcrossTokenizers() {
        FeatureExtractor me = new FeatureExtractor(new FeatureConfig(FeatureConfig.CURRENT_VERSION, "me", 2, true,
                Set.of()));
        List<Sentence> sentences = segmenter.segment("Dr. Okafor said the trial would resume on Monday.");
        assertArrayEquals(me.extract(sentences).get(0), me.extract(sentences).get(0));
        assertTrue(Arrays.asList(me.extract(sentences).get(0)).contains("w:okafor"));
    }
}
