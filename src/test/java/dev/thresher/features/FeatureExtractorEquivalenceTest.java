package dev.thresher.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.data.Corpus;
import dev.thresher.data.LabeledDocument;
import dev.thresher.model.BundleIO;
import dev.thresher.model.LinearScorer;
import dev.thresher.segment.Layout;
import dev.thresher.segment.Segmenter;
import dev.thresher.segment.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TEST-ONLY, TEMPORARY: the split extractor gives exactly the feature names and ids of the
 * monolithic one it replaces ({@link ReferenceFeatureExtractor}), on every document of
 * {@code datasets/} (segmenter sentences, gold sentences, each gold sentence alone), under
 * several configurations, and on random text. Deleted with the reference copy.
 */
class FeatureExtractorEquivalenceTest {
    private static final Segmenter SEGMENTER = Segmenter.english();
    private static List<LabeledDocument> documents;
    private static LinearScorer scorer;

    @BeforeAll
    static void load() {
        Corpus corpus = Corpus.read(Path.of("datasets"));
        documents = new ArrayList<>();
        for (String split : Corpus.SPLITS) {
            documents.addAll(corpus.splits().get(split));
        }
        assertTrue(documents.size() > 300, "documents: " + documents.size());
        scorer = BundleIO.read(Path.of("models/default.thresher")).scorer();
    }

    /** An index that knows every name but a seventh of them, with colliding ids. */
    private static int hashIndex(String name) {
        int h = name.hashCode() & 0x7fffffff;
        return h % 7 == 0 ? -1 : h % 1_000_003;
    }

    /** One configuration: the old and new extractor and their encoders over two indexes. */
    private static final class Pair {
        final FeatureConfig config;
        final ReferenceFeatureExtractor reference;
        final FeatureExtractor actual;
        final List<ReferenceFeatureExtractor.Encoder> referenceEncoders = new ArrayList<>();
        final List<FeatureExtractor.Encoder> actualEncoders = new ArrayList<>();
        int compared;

        Pair(FeatureConfig config) {
            this.config = config;
            this.reference = new ReferenceFeatureExtractor(config);
            this.actual = new FeatureExtractor(config);
            for (ToIntFunction<String> index : List.<ToIntFunction<String>>of(scorer::featureId,
                    FeatureExtractorEquivalenceTest::hashIndex)) {
                referenceEncoders.add(reference.encoder(index));
                actualEncoders.add(actual.encoder(index));
            }
        }

        void check(List<Sentence> sentences, String what) {
            List<String[]> expected = reference.extract(sentences);
            List<String[]> names = actual.extract(sentences);
            assertEquals(expected.size(), names.size(), what);
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), names.get(i),
                        config + " " + what + " sentence " + i + ": " + sentences.get(i).text());
            }
            for (int k = 0; k < referenceEncoders.size(); k++) {
                int[][] expectedIds = referenceEncoders.get(k).encode(sentences);
                int[][] ids = actualEncoders.get(k).encode(sentences);
                assertEquals(expectedIds.length, ids.length, what);
                for (int i = 0; i < expectedIds.length; i++) {
                    assertArrayEquals(expectedIds[i], ids[i],
                            config + " index " + k + " " + what + " sentence " + i + ": " + sentences.get(i).text());
                }
            }
            compared += sentences.size();
        }
    }

    private static List<Sentence> alone(String text) {
        return Layout.of(text).sentences(List.of(new int[] {0, text.length()}));
    }

    private static void wholeCorpus(Pair pair, boolean everySentenceAlone) {
        for (LabeledDocument doc : documents) {
            pair.check(SEGMENTER.segment(doc.text()), doc.id());
            List<Sentence> gold = Layout.of(doc.text()).sentences(doc.spans());
            pair.check(gold, doc.id() + " (gold)");
            if (everySentenceAlone) {
                for (Sentence s : gold) {
                    pair.check(alone(s.text()), doc.id() + " (alone)");
                }
            }
        }
    }

    @Test
    void sameNamesAndIdsOnTheWholeCorpus() {
        Pair pair = new Pair(FeatureConfig.defaults());
        wholeCorpus(pair, true);
        assertTrue(pair.compared > 20_000, "sentences compared: " + pair.compared);
    }

    @Test
    void sameNamesAndIdsWithEveryGroupLeftOut() {
        for (FeatureGroup g : FeatureGroup.values()) {
            wholeCorpus(new Pair(withDisabled(EnumSet.of(g))), false);
        }
        wholeCorpus(new Pair(withDisabled(EnumSet.of(FeatureGroup.LAYOUT, FeatureGroup.WEB))), false);
        wholeCorpus(new Pair(withDisabled(EnumSet.allOf(FeatureGroup.class))), false);
    }

    @Test
    void sameNamesAndIdsWithOtherSettings() {
        FeatureConfig d = FeatureConfig.defaults();
        wholeCorpus(new Pair(new FeatureConfig(d.version(), d.tokenizer(), 1, false, Set.of())), false);
        wholeCorpus(new Pair(new FeatureConfig(d.version(), d.tokenizer(), 1, true, Set.of())), false);
        wholeCorpus(new Pair(new FeatureConfig(d.version(), d.tokenizer(), 2, false, Set.of())), false);
        Pair me = new Pair(meConfig());
        for (LabeledDocument doc : documents.subList(0, 60)) {
            me.check(SEGMENTER.segment(doc.text()), doc.id() + " (me)");
        }
    }

    private static FeatureConfig withDisabled(Set<FeatureGroup> disabled) {
        FeatureConfig d = FeatureConfig.defaults();
        return new FeatureConfig(d.version(), d.tokenizer(), d.maxNgram(), d.context(), disabled);
    }

    private static FeatureConfig meConfig() {
        return new FeatureConfig(FeatureConfig.CURRENT_VERSION, FeatureConfig.Tokenizer.ME, 2, true, Set.of());
    }

    private static final String[] PIECES = {
        "a", "A", "m", "M", "p", "P", ".", ":", "0", "1", "9", "19", "2024", "12:30", "7.45", "am", "pm", "a.m.",
        "P.M", "_", "-", "\u2014", "\u2013", " ", "  ", "\t", "\u00a0", "@", "#", "&", ";", "&amp;", "&#8217;",
        "http", "HTTPS://", "www.", "WWW.x", ".com", ".CO", "x.io", "ago", "AGO", "3 hours", "min", "by ", "By ",
        "written by ", "From ", "posted by ", "Smith", "\u00e9", "\u0301", "\ud83d\ude00", "\"", "\u201c", "\u201d",
        "\u201e", "\u2018", "\u2019", "\u00ab", "\u00bb", "'", "?", "!", "said", "says", "according", " to ",
        "that", ",", "a statement", "the", "percent", "cent", "May", "Monday", "million", "$", "\u20ac", "\u00a3",
        "%", "\u00a9", "\u00ae", "|", ">", "\u2192", "\u2022", "\u00b7", "\u2026", "...", ")", "(", "x", "Z",
        "\u0661", "\u00b2", "user_1", "a@b.co", "#tag", "@handle", "--", "*", "ab", "\u212a", "\u017f", "I", "we",
        "We", "you", "should", "would", "probably", "very", "good", "terrible", "share", "Subscribe", "Facebook",
        "\u2600", "\ud83d", "I'm", "don't", "O'Neil", " \"We ", " said.", "\n", "\n\n", " \n", "BREAKING", "NEWS",
        "Read more", "Sign up", "Copyright 2024"};

    private static String randomText(Random random, int maxPieces) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(maxPieces);
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void sameNamesAndIdsOnRandomText() {
        Random random = new Random(20261202);
        List<Pair> pairs = List.of(new Pair(FeatureConfig.defaults()),
                new Pair(withDisabled(EnumSet.of(FeatureGroup.QUOTES, FeatureGroup.LAYOUT))));
        int checked = 0;
        for (int round = 0; round < 4000; round++) {
            String text = randomText(random, 14).replace("\n", " ").strip();
            if (!text.isEmpty()) {
                for (Pair pair : pairs) {
                    pair.check(alone(text), "alone: " + text);
                }
                checked++;
            }
            String document = randomText(random, 60);
            if (!document.isBlank()) {
                List<Sentence> sentences = SEGMENTER.segment(document);
                for (Pair pair : pairs) {
                    pair.check(sentences, "segmented: " + document.replace("\n", "\\n"));
                }
                checked++;
            }
        }
        Pair me = new Pair(meConfig());
        for (int round = 0; round < 500; round++) {
            String document = randomText(random, 40);
            if (!document.isBlank()) {
                me.check(SEGMENTER.segment(document), "segmented (me): " + document.replace("\n", "\\n"));
            }
        }
        assertTrue(checked > 7000, "random texts: " + checked);
    }
}
