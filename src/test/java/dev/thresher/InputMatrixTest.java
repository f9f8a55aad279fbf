package dev.thresher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.data.TextFiles;
import dev.thresher.model.Pipeline;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The input matrix of the robustness issue, through the API. Each test states the expected
 * outcome; the CLI side is in {@code cli.CliInputMatrixTest}. The time limits are not
 * benchmarks: they are far above linear run time and far below what a quadratic path would take.
 */
class InputMatrixTest {
    private static Pipeline thresher;

    @BeforeAll
    static void load() {
        thresher = Pipeline.loadDefault();
    }

    private static List<LabeledSentence> classifyChecked(String text) {
        List<LabeledSentence> sentences = thresher.classify(text);
        ThresherTest.assertWellFormed(text, sentences);
        return sentences;
    }

    @Test
    void emptyAndWhitespaceOnlyGiveNoSentences() {
        assertEquals(List.of(), classifyChecked(""));
        assertEquals(List.of(), classifyChecked(" \t\r\n\u00a0\u2003\n"));
    }

    @Test
    void aSingleWordIsOneSentence() {
        List<LabeledSentence> s = classifyChecked("Breaking");
        assertEquals(1, s.size());
        assertEquals("Breaking", s.get(0).text());
    }

    @Test
    void fiftyMegabytesWithoutNewlineIsSegmentedInLinearTime() {
        String sentence = "The council met on Tuesday and approved the budget. ";
        String text = sentence.repeat(50_000_000 / sentence.length());
        List<LabeledSentence> s = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> thresher.segmenter().segment(text)).stream()
                .map(x -> new LabeledSentence(x.text(), x.start(), x.end(), Label.CLAIM, 1, java.util.Map.of()))
                .toList();
        assertEquals(50_000_000 / sentence.length(), s.size());
    }

    @Test
    void tenMegabyteSentenceWithoutPunctuationIsOneSentence() {
        String text = "word ".repeat(2_000_000).strip();
        List<LabeledSentence> s = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> classifyChecked(text));
        assertEquals(1, s.size());
    }

    @Test
    void pathologicalInputsForEveryRuleStayLinear() {
        // about 200,000 characters each: linear work takes well under a second, quadratic hours
        String[] cases = {
            "a.".repeat(100_000), ".".repeat(200_000), ". ".repeat(100_000), "\u201d".repeat(200_000),
            "\"".repeat(200_000), "a".repeat(200_000) + ".com", "a-".repeat(100_000),
            "1".repeat(200_000) + " minutes ago", "@".repeat(200_000), "#a".repeat(100_000),
            "www.".repeat(50_000), "1. A ".repeat(50_000), "\u2022 ".repeat(100_000),
            "Mr. ".repeat(50_000), "U.S.".repeat(50_000), "?!".repeat(100_000), "&amp".repeat(50_000),
            " ".repeat(200_000) + "x.", "a@b.".repeat(50_000), "(\"".repeat(100_000)};
        for (String text : cases) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> classifyChecked(text),
                    () -> "too slow on " + text.substring(0, 12) + "...");
        }
    }

    @Test
    void crlfAndLoneCrAreLineBreaks() {
        List<LabeledSentence> s = classifyChecked("Title one\r\nBody one.\rTitle two\rBody two.");
        assertEquals(List.of("Title one", "Body one.", "Title two", "Body two."),
                s.stream().map(LabeledSentence::text).toList());
    }

    @Test
    void controlCharactersRtlCombiningMarksAndEmojiKeepOffsets() {
        classifyChecked("NUL\u0000inside. Bell\u0007 too.\u000b\u000c");
        classifyChecked("\u05D4\u05DE\u05DE\u05E9\u05DC\u05D4 \u05D4\u05D5\u05D3\u05D9\u05E2\u05D4. \u0645\u0631\u062D\u0628\u0627.");
        classifyChecked("Cafe\u0301 owners met. Nai\u0308ve plans\u0327 failed.");
        List<LabeledSentence> s = classifyChecked("Fans cheered \uD83C\uDF89\uD83C\uDF89. Then \uD83D\uDC4D left.");
        assertEquals(2, s.size());
        classifyChecked("Lone surrogates \uD800 and \uDFFF stay.");
    }

    @Test
    void punctuationLinesHtmlAndForeignTextGetLabels() {
        classifyChecked("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n" + "-=".repeat(5000) + "\n|||||");
        List<LabeledSentence> html = classifyChecked("<div class=\"nav\"><a href=\"/\">Home</a></div>\n"
                + "<p>The council met on Tuesday.</p>");
        assertEquals(2, html.size());
        List<LabeledSentence> german = classifyChecked("Der Stadtrat hat am Dienstag den Haushalt beschlossen. "
                + "\u201eDas ist gut\u201c, sagte die B\u00fcrgermeisterin.");
        assertEquals(2, german.size());
    }

    @Test
    void byteOrderMarksAreDecodedAndInvalidUtf8IsRejected() {
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'};
        assertEquals("Hi.", TextFiles.decodeUtf8(utf8Bom, "x", ThresherException.Kind.INPUT));
        byte[] utf16 = "\uFEFFCaf\u00e9 opens.".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Caf\u00e9 opens.", TextFiles.decodeUtf8(utf16, "x", ThresherException.Kind.INPUT));
        byte[] utf16le = "\uFEFFHi.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Hi.", TextFiles.decodeUtf8(utf16le, "x", ThresherException.Kind.INPUT));
        ThresherException e = assertThrows(ThresherException.class, () -> TextFiles.decodeUtf8(
                new byte[] {'O', 'K', (byte) 0xC3, (byte) 0x28}, "in.txt", ThresherException.Kind.INPUT));
        assertEquals("in.txt: not valid UTF-8 text (byte offset 2)", e.getMessage());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertTrue(assertThrows(ThresherException.class,
                () -> TextFiles.decodeUtf8(png, "img.png", ThresherException.Kind.INPUT)).getMessage()
                .startsWith("img.png: not valid UTF-8"));
    }
}
