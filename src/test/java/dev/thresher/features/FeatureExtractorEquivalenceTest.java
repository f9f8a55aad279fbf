package dev.thresher.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.segment.Layout;
import dev.thresher.segment.Segmenter;
import dev.thresher.segment.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The optimised extractor gives exactly the features of the original one ({@link
 * ReferenceFeatureExtractor}), name for name, on the whole corpus, on every sentence alone, and on
 * random text built to hit the edge cases of the regular expressions and their pre-checks; and
 * the id encoder gives exactly the ids of those names.
 */
class FeatureExtractorEquivalenceTest {
    private static final Segmenter SEGMENTER = Segmenter.english();

    private static void assertSame(FeatureConfig config, List<Sentence> sentences, String what) {
        List<String[]> expected = new ReferenceFeatureExtractor(config).extract(sentences);
        List<String[]> actual = new FeatureExtractor(config).extract(sentences);
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + " sentence " + i + ": " + sentences.get(i).text());
        }
    }

    private static List<Sentence> alone(String text) {
        return Layout.of(text).sentences(List.of(new int[] {0, text.length()}));
    }

    @Test
    void sameFeaturesOnTheWholeCorpus() {
        FeatureConfig config = FeatureConfig.defaults();
        for (String split : new String[] {"train", "dev", "test"}) {
            for (LabeledDocument doc : DatasetReader.readFolder(Path.of("datasets", split))) {
                assertSame(config, SEGMENTER.segment(doc.text()), doc.id());
                List<Sentence> gold = Layout.of(doc.text()).sentences(doc.spans());
                assertSame(config, gold, doc.id() + " (gold)");
                for (Sentence s : gold) {
                    assertSame(config, alone(s.text()), doc.id() + " (alone)");
                }
            }
        }
    }

    @Test
    void sameFeaturesWithOtherConfigurations() {
        List<LabeledDocument> docs = DatasetReader.readFolder(Path.of("datasets", "test"));
        List<FeatureConfig> configs = List.of(
                new FeatureConfig(FeatureConfig.CURRENT_VERSION, "simple", 1, false, Set.of()),
                new FeatureConfig(FeatureConfig.CURRENT_VERSION, "simple", 2, true,
                        EnumSet.of(FeatureGroup.LAYOUT, FeatureGroup.WEB)),
                new FeatureConfig(FeatureConfig.CURRENT_VERSION, "simple", 2, true, EnumSet.of(FeatureGroup.CONTEXT)));
        for (FeatureConfig config : configs) {
            for (LabeledDocument doc : docs.subList(0, 10)) {
                assertSame(config, SEGMENTER.segment(doc.text()), doc.id() + " " + config);
            }
        }
    }

    private static final String[] PIECES = {
        "a", "A", "m", "M", "p", "P", ".", ":", "0", "1", "9", "19", "2024", "12:30", "7.45", "am", "pm", "a.m.",
        "P.M", "_", "-", "\u2014", "\u2013", " ", "  ", "\t", "\u00a0", "@", "#", "&", ";", "&amp;", "&#8217;",
        "http", "HTTPS://", "www.", "WWW.x", ".com", ".CO", "x.io", "ago", "AGO", "3 hours", "min", "by ", "By ",
        "written by ", "From ", "posted by ", "Smith", "\u00e9", "\u0301", "\ud83d\ude00", "\"", "\u201c", "\u201d",
        "'", "?", "!", "said", "the", "percent", "May", "$", "%", "\u00a9", "|", "x", "Z", "\u0661", "\u00b2",
        "user_1", "a@b.co", "#tag", "@handle", "--", "ab", "\u212a", "\u017f"};

    @Test
    void sameFeaturesOnRandomEdgeCases() {
        Random random = new Random(20260601);
        FeatureConfig config = FeatureConfig.defaults();
        FeatureExtractor fast = new FeatureExtractor(config);
        ReferenceFeatureExtractor reference = new ReferenceFeatureExtractor(config);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            List<Sentence> sentences = alone(text);
            List<String[]> expected = reference.extract(sentences);
            List<String[]> actual = fast.extract(sentences);
            assertArrayEquals(expected.get(0), actual.get(0), "text: " + text);
        }
    }

    @Test
    void encoderGivesTheIdsOfTheNames() {
        FeatureExtractor extractor = new FeatureExtractor(FeatureConfig.defaults());
        Map<String, Integer> index = new HashMap<>();
        List<LabeledDocument> docs = DatasetReader.readFolder(Path.of("datasets", "test"));
        // An index that knows the features of the first documents only, in a scrambled order.
        for (LabeledDocument doc : docs.subList(0, 5)) {
            for (String[] names : extractor.extract(SEGMENTER.segment(doc.text()))) {
                for (String name : names) {
                    index.putIfAbsent(name, (name.hashCode() & 0x7fffffff) % 1_000_003);
                }
            }
        }
        FeatureExtractor.Encoder encoder = extractor.encoder(name -> index.getOrDefault(name, -1));
        for (LabeledDocument doc : docs.subList(0, 10)) {
            List<Sentence> sentences = SEGMENTER.segment(doc.text());
            List<String[]> names = extractor.extract(sentences);
            int[][] ids = encoder.encode(sentences);
            for (int i = 0; i < names.size(); i++) {
                List<Integer> expected = new ArrayList<>(new java.util.TreeSet<>(
                        java.util.Arrays.stream(names.get(i)).filter(index::containsKey).map(index::get).toList()));
                assertEquals(expected, java.util.Arrays.stream(ids[i]).boxed().toList(), doc.id() + " " + i);
            }
        }
    }
}
