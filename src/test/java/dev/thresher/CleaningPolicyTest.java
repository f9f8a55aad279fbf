package dev.thresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CleaningPolicyTest {
    /** A sentence of {@code text} found at {@code from}, with P(BOILERPLATE) = {@code bp} and the rest on {@code label}. */
    private static LabeledSentence sentence(String text, String part, Label label, double bp) {
        int start = text.indexOf(part);
        Map<Label, Double> scores = new HashMap<>();
        for (Label l : Label.values()) {
            scores.put(l, 0.0);
        }
        scores.put(Label.BOILERPLATE, bp);
        Label top = bp >= 0.5 || label == Label.BOILERPLATE ? Label.BOILERPLATE : label;
        scores.merge(label, 1 - bp, Double::sum);
        return new LabeledSentence(part, start, start + part.length(), top, scores.get(top), scores);
    }

    private static final String TEXT = "Weather warning issued\n\nShare this. The river rose two metres overnight. "
            + "Officials said roads would close. This is a scandal.\nSubscribe now";

    private static List<LabeledSentence> sentences() {
        return List.of(
                sentence(TEXT, "Weather warning issued", Label.CLAIM, 0.1),
                sentence(TEXT, "Share this.", Label.CLAIM, 0.6),
                sentence(TEXT, "The river rose two metres overnight.", Label.CLAIM, 0.35),
                sentence(TEXT, "Officials said roads would close.", Label.QUOTATION, 0.05),
                sentence(TEXT, "This is a scandal.", Label.OPINION, 0.0),
                sentence(TEXT, "Subscribe now", Label.CLAIM, 0.9));
    }

    @Test
    void theDefaultDropsWhatHasAFortyPercentChanceOfBeingBoilerplate() {
        CleanText clean = CleaningPolicy.DEFAULT.apply(TEXT, sentences());
        assertEquals("Weather warning issued\n\nThe river rose two metres overnight. Officials said roads would "
                + "close. This is a scandal.", clean.text());
    }

    @Test
    void precisionDropsMoreAndRecallKeepsMore() {
        assertEquals("Weather warning issued\n\nOfficials said roads would close. This is a scandal.",
                CleaningPolicy.PRECISION.apply(TEXT, sentences()).text());
        assertEquals("Weather warning issued\n\nShare this. The river rose two metres overnight. Officials said "
                + "roads would close. This is a scandal.", CleaningPolicy.RECALL.apply(TEXT, sentences()).text());
    }

    @Test
    void otherLabelsAndHeadingsCanBeDropped() {
        CleaningPolicy claimsAndQuotes = CleaningPolicy.DEFAULT.withDropped(EnumSet.of(Label.BOILERPLATE,
                Label.OPINION)).withHeadings(false);
        assertEquals("The river rose two metres overnight. Officials said roads would close.",
                claimsAndQuotes.apply(TEXT, sentences()).text());
        assertEquals(TEXT, CleaningPolicy.DEFAULT.withDropped(Set.of()).apply(TEXT, sentences()).text(),
                "dropping nothing gives the text back");
    }

    @Test
    void headingsAreShortLinesOfTheirOwnThatDoNotEndAsSentences() {
        List<LabeledSentence> s = sentences();
        assertTrue(CleaningPolicy.isHeading(TEXT, s.get(0)));
        assertTrue(CleaningPolicy.isHeading(TEXT, s.get(5)));
        assertFalse(CleaningPolicy.isHeading(TEXT, s.get(2)), "shares its line");
        String line = "The council approved the budget.\n";
        assertFalse(CleaningPolicy.isHeading(line, sentence(line, "The council approved the budget.", Label.CLAIM, 0)));
    }

    @Test
    void keptSentencesKnowWhereTheyAreInTheCleanText() throws IOException {
        Thresher thresher = Thresher.loadDefault();
        try (Stream<Path> files = Files.list(Path.of("datasets/dev"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(10).toList()) {
                ClassifiedDocument doc = thresher.classify(new Document(p.toString(), Files.readString(p)));
                for (CleaningPolicy policy : List.of(CleaningPolicy.DEFAULT, CleaningPolicy.PRECISION,
                        CleaningPolicy.RECALL)) {
                    CleanText clean = doc.clean(policy);
                    List<LabeledSentence> kept = new ArrayList<>();
                    for (CleanText.Kept k : clean.sentences()) {
                        assertEquals(k.sentence().text(), clean.text().substring(k.start(), k.end()), p.toString());
                        kept.add(k.sentence());
                    }
                    assertEquals(doc.sentences().stream().filter(s -> !policy.drops(doc.document().text(), s))
                            .toList(), kept);
                }
                assertEquals(thresher.clean(doc.document().text()), doc.clean().text());
            }
        }
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CleaningPolicy.DEFAULT.withBoilerplateThreshold(0));
        assertThrows(IllegalArgumentException.class, () -> CleaningPolicy.DEFAULT.withBoilerplateThreshold(1.5));
        assertThrows(IllegalArgumentException.class, () -> CleaningPolicy.DEFAULT.withBoilerplateThreshold(Double.NaN));
    }

    @Test
    void scoresIterateInLabelOrderWhateverMapTheyCameFrom() {
        Map<Label, Double> reversed = new java.util.LinkedHashMap<>();
        for (int i = Label.values().length - 1; i >= 0; i--) {
            reversed.put(Label.values()[i], 0.25);
        }
        LabeledSentence s = new LabeledSentence("x", 0, 1, Label.CLAIM, 0.25, reversed);
        assertEquals(List.of(Label.values()), List.copyOf(s.scores().keySet()));
    }
}
