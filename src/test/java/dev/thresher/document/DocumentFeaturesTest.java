package dev.thresher.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.segment.Layout;
import dev.thresher.segment.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document-stage features describe the page as a reader sees it. */
class DocumentFeaturesTest {
    private static final double[] CONTENT = {0.7, 0.1, 0.1, 0.1};
    private static final double[] CHROME = {0.1, 0.0, 0.0, 0.9};

    /** Every line one sentence. */
    private static List<Sentence> lines(String text) {
        Layout layout = Layout.of(text);
        List<int[]> spans = new ArrayList<>();
        for (int l = 0; l < layout.lineCount(); l++) {
            if (layout.lineEnd(l) > layout.lineStart(l)) {
                spans.add(new int[] {layout.lineStart(l), layout.lineEnd(l)});
            }
        }
        return layout.sentences(spans);
    }

    private static double value(double[] features, String name) {
        int k = DocumentFeatures.names().indexOf(name);
        assertTrue(k >= 0, "no feature " + name);
        return features[k];
    }

    private static final String PAGE = String.join("\n",
            "Home", "News", "Sport", "Business", "Culture",
            "The city council voted on Tuesday to add bus lanes on four of its busiest roads.",
            "Work on the first lane starts in March and is due to finish before the summer holidays.",
            "The council expects the lanes to shorten bus journeys by about ten minutes at peak times.",
            "Related stories", "Ferry fares to rise in spring", "New library opens in the old mill",
            "© 2026 Example Media");

    private static double[][] probabilities(int n, int... chrome) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = CONTENT;
        }
        for (int i : chrome) {
            p[i] = CHROME;
        }
        return p;
    }

    @Test
    void menuLinesFormARunOfShortLinesBeforeTheMainBlock() {
        List<Sentence> sentences = lines(PAGE);
        double[][] f = DocumentFeatures.extract(sentences, probabilities(12, 0, 1, 2, 3, 4, 8, 9, 10, 11));
        assertEquals(1.0, value(f[0], "line=tiny"));
        assertEquals(1.0, value(f[0], "shortrun=4"), "five menu lines are a run of 4-7");
        assertEquals(1.0, value(f[0], "block=before16"), "the first menu item is five lines before the article");
        assertEquals(1.0, value(f[4], "block=before1"));
        assertEquals(1.0, value(f[0], "before_first_prose"));
        assertEquals(1.0, value(f[5], "line=prose"));
        assertEquals(1.0, value(f[5], "shortrun=0"));
        assertEquals(1.0, value(f[6], "block=in"));
        assertEquals(0.0, value(f[6], "before_first_prose"));
        assertEquals(1.0, value(f[9], "block=after1") + value(f[9], "block=after4"));
        assertEquals(1.0, value(f[10], "after_last_prose"));
        assertEquals(0.0, value(f[7], "after_last_prose"));
    }

    @Test
    void neighbourWindowsAverageTheOtherSentencesOnly() {
        List<Sentence> sentences = lines(PAGE);
        double[][] f = DocumentFeatures.extract(sentences, probabilities(12, 0, 1, 2, 3, 4, 8, 9, 10, 11));
        // Sentence 5 has neighbours 4 (chrome) and 6 (content) within one sentence.
        assertEquals((0.9 + 0.1) / 2, value(f[5], "ctx1.BOILERPLATE"), 1e-12);
        assertEquals(0.9, value(f[5], "left3.BOILERPLATE"), 1e-12);
        assertEquals(0.1 * 2 / 3 + 0.9 / 3, value(f[5], "right3.BOILERPLATE"), 1e-12);
        assertEquals(0.1, value(f[5], "p.BOILERPLATE"));
        assertEquals(Math.log(0.1), value(f[5], "logp.BOILERPLATE"), 1e-12);
        assertEquals(1.0, value(f[0], "none.left"));
        assertEquals(1.0, value(f[11], "none.right"));
    }

    @Test
    void aSentenceAloneHasNoNeighbours() {
        List<Sentence> one = lines("Officials said the bridge would reopen in May.");
        double[][] f = DocumentFeatures.extract(one, new double[][] {CONTENT});
        assertEquals(1.0, value(f[0], "none.left"));
        assertEquals(1.0, value(f[0], "none.right"));
        assertEquals(0.0, value(f[0], "ctx1.BOILERPLATE"));
        assertEquals(1.0, value(f[0], "doclines=1"));
        assertEquals(1.0, value(f[0], "block=in"));
    }

    @Test
    void sentencesOfOneLineShareItsClass() {
        List<Sentence> sentences = Layout.of("Menu\nFirst sentence of the story here. Second one, longer, ends it.")
                .sentences(List.of(new int[] {0, 4}, new int[] {5, 38}, new int[] {39, 67}));
        double[][] p = {CHROME, CONTENT, {0.2, 0.2, 0.1, 0.5}};
        double[][] f = DocumentFeatures.extract(sentences, p);
        assertEquals(1.0, value(f[1], "line=prose"));
        assertEquals(1.0, value(f[2], "line=prose"));
        assertEquals(1.0, value(f[0], "line=tiny"));
        assertEquals(1.0, value(f[1], "block=in"));
    }

    @Test
    void everySentenceHasExactlyOneValueInEachOneHotGroup() {
        List<Sentence> sentences = lines(PAGE);
        double[][] f = DocumentFeatures.extract(sentences, probabilities(12, 0, 1, 2, 3, 4, 8, 9, 10, 11));
        for (double[] row : f) {
            for (String group : List.of("line=", "shortrun=", "block=", "doclines=")) {
                double sum = 0;
                for (int k = 0; k < row.length; k++) {
                    String name = DocumentFeatures.names().get(k);
                    if (name.startsWith(group) && !name.contains("&")) {
                        sum += row[k];
                    }
                }
                assertEquals(1.0, sum, group);
            }
        }
    }
}
