package dev.thresher.segment;

/**
 * A sentence found in a document, with its place in the layout.
 *
 * @param text            the sentence, {@code document.substring(start, end)}
 * @param start           offset of the first character, in UTF-16 code units
 * @param end             offset just past the last character
 * @param line            index of the line it stands on (0-based; a sentence never spans lines)
 * @param paragraph       index of its paragraph (blank lines separate paragraphs)
 * @param indexInLine     its position among the sentences of its line (0-based)
 * @param sentencesInLine how many sentences its line holds
 * @param markup          what the markup of a web page says about its line, as feature names
 *                        ({@code dom:...}); empty for plain text
 */
public record Sentence(String text, int start, int end, int line, int paragraph, int indexInLine,
                       int sentencesInLine, java.util.List<String> markup) {

    /** A sentence of plain text: no markup. */
    public Sentence(String text, int start, int end, int line, int paragraph, int indexInLine, int sentencesInLine) {
        this(text, start, end, line, paragraph, indexInLine, sentencesInLine, java.util.List.of());
    }

    /** This sentence with the markup cues of its line. */
    public Sentence withMarkup(java.util.List<String> cues) {
        return new Sentence(text, start, end, line, paragraph, indexInLine, sentencesInLine, cues);
    }

    /** Whether this sentence is the only one on its line. */
    public boolean aloneOnLine() {
        return sentencesInLine == 1;
    }
}
