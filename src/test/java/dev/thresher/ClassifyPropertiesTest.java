package dev.thresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.segment.Whitespace;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Properties of classify() and clean() that must hold for any string. */
class ClassifyPropertiesTest {
    private static Thresher thresher;

    @BeforeContainer
    static void load() {
        thresher = Thresher.loadDefault();
    }

    /** Pieces that scraped articles are made of, glued in random order. */
    @Provide
    Arbitrary<String> articleLike() {
        Arbitrary<String> piece = Arbitraries.of(
                "The council voted 31-9 on Tuesday.", "\"We are ready,\" she said, \"to begin.\"",
                "Home | News | Sport", "By Jane Doe", "\u201cIt is over,\u201d he said.", "Dr. Okafor arrived at 6 p.m.",
                "What a mess!", "I think we should wait.", "Also Read: Ferry fares to rise", "\u00a9 2026 Post Ltd.",
                "station.To get more news, visit example.com.", "\u00a0", "\n", "\r\n", "\r", "\n\n", " ", "  ",
                "...", "\u2026", "\u00ab Bonjour \u00bb", "\uD83D\uDE00", "e\u0301", "\u05E9\u05DC\u05D5\u05DD",
                "&amp;", "<p>", "1. First item 2. Second item", "U.S.", "3.5%", "$4.5 billion", "\u0000", "\t", "'",
                "\"", "(", ")", "?", "!", ":", "\uD83C", "\uDF89");
        return piece.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300), articleLike());
    }

    @Property(tries = 300)
    void spansAreOrderedInBoundsAndCoverEverything(@ForAll("anything") String text) {
        List<LabeledSentence> sentences = thresher.classify(text);
        int previousEnd = 0;
        boolean[] covered = new boolean[text.length()];
        for (LabeledSentence s : sentences) {
            assertTrue(s.start() >= previousEnd && s.end() <= text.length() && s.start() < s.end());
            assertEquals(text.substring(s.start(), s.end()), s.text());
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
            previousEnd = s.end();
        }
        for (int i = 0; i < text.length(); i++) {
            assertTrue(covered[i] || Whitespace.isSpace(text.charAt(i)), "uncovered " + i);
        }
    }

    @Property(tries = 300)
    void scoresSumToOneAndTheLabelIsTheirArgmax(@ForAll("anything") String text) {
        for (LabeledSentence s : thresher.classify(text)) {
            assertEquals(1.0, s.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
            for (Label l : Label.values()) {
                assertTrue(s.scores().get(l) <= s.scores().get(s.label()));
            }
            assertEquals(s.scores().get(s.label()), s.confidence());
        }
    }

    @Property(tries = 300)
    void cleanIsASubsequenceHoldingEveryKeptSentence(@ForAll("anything") String text) {
        String clean = thresher.clean(text);
        int j = 0;
        for (int i = 0; i < clean.length(); i++) {
            while (j < text.length() && text.charAt(j) != clean.charAt(i)) {
                j++;
            }
            assertTrue(j < text.length(), "clean() added character " + i + " of " + escape(clean) + " for "
                    + escape(text));
            j++;
        }
        int at = 0;
        for (LabeledSentence s : thresher.classify(text)) {
            if (!CleaningPolicy.DEFAULT.drops(text, s)) {
                int found = clean.indexOf(s.text(), at);
                assertTrue(found >= 0, "kept sentence missing: " + s.text());
                at = found + s.text().length();
            }
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.append('"').toString();
    }

    @Property(tries = 200)
    void classifyIsDeterministic(@ForAll("anything") String text) {
        assertEquals(thresher.classify(text), thresher.classify(text));
    }
}
