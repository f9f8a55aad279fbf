package dev.thresher.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = Segmenter.english();

    private List<String> texts(String input) {
        return segmenter.segment(input).stream().map(Sentence::text).toList();
    }

    /** Every non-white-space character is in exactly one sentence, and spans index the input. */
    static void assertCovers(String input, List<Sentence> sentences) {
        boolean[] covered = new boolean[input.length()];
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertTrue(s.start() >= previousEnd, "spans overlap or are out of order");
            assertEquals(input.substring(s.start(), s.end()), s.text());
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
            previousEnd = s.end();
        }
        for (int i = 0; i < input.length(); i++) {
            assertTrue(covered[i] || Whitespace.isSpace(input.charAt(i)),
                    "character " + i + " '" + input.charAt(i) + "' is in no sentence");
        }
    }

    @Test
    void headlineWithoutPunctuationIsItsOwnSentence() {
        assertEquals(List.of("Ferry fares to rise in spring", "The operator confirmed the rise on Monday."),
                texts("Ferry fares to rise in spring\nThe operator confirmed the rise on Monday."));
    }

    @Test
    void gluedSentencesAreSplitButAbbreviationsAreNot() {
        assertEquals(List.of("He spoke at the station.", "To get more news, visit our site."),
                texts("He spoke at the station.To get more news, visit our site."));
        assertEquals(List.of("The U.S. team landed on Feb. 11 in Oslo."),
                texts("The U.S. team landed on Feb. 11 in Oslo."));
    }

    @Test
    void linesAndParagraphsAreRecorded() {
        String input = "Title line\r\n\r\nFirst sentence. Second one.\r\nThird line";
        List<Sentence> sentences = segmenter.segment(input);
        assertCovers(input, sentences);
        assertEquals(4, sentences.size());
        assertEquals(List.of(0, 2, 2, 3), sentences.stream().map(Sentence::line).toList());
        assertEquals(List.of(0, 1, 1, 1), sentences.stream().map(Sentence::paragraph).toList());
        assertEquals(2, sentences.get(1).sentencesInLine());
        assertTrue(sentences.get(0).aloneOnLine());
    }

    @Test
    void noBreakSpacesAreWhiteSpace() {
        String input = "\u00a0The vote passed.\u00a0\u00a0It was close.\u00a0";
        List<Sentence> sentences = segmenter.segment(input);
        assertCovers(input, sentences);
        assertEquals(List.of("The vote passed.", "It was close."), sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void emptyAndBlankInputGiveNoSentences() {
        assertEquals(List.of(), segmenter.segment(""));
        assertEquals(List.of(), segmenter.segment(" \n\r\n\t\u00a0"));
    }

    @Test
    void offsetsStayCorrectAroundSupplementaryCharacters() {
        String input = "Fans cheered \uD83C\uDF89 all night. The mayor said it was \"a good day\" \uD83D\uDE00.";
        List<Sentence> sentences = segmenter.segment(input);
        assertCovers(input, sentences);
        assertEquals(2, sentences.size());
    }
}
