package dev.thresher.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.thresher.html.HtmlPage;
import dev.thresher.segment.Layout;
import dev.thresher.segment.Sentence;

/**
 * A dataset document: its raw text and its gold sentences, validated against each other.
 *
 * @param id        the file name without {@code .txt}
 * @param textFile  where the text came from
 * @param text      the raw document text
 * @param sentences the gold sentences in document order
 * @param page      the web page the text was extracted from, or null for a text document
 */
public record LabeledDocument(String id, Path textFile, String text, List<GoldSentence> sentences, HtmlPage page) {
    /** Copies the sentence list; a page's text must be the document's text. */
    public LabeledDocument {
        sentences = List.copyOf(sentences);
        if (page != null && !page.text().equals(text)) {
            throw new IllegalArgumentException(id + ": the page's text is not the document's text");
        }
    }

    /** A text document: no web page. */
    public LabeledDocument(String id, Path textFile, String text, List<GoldSentence> sentences) {
        this(id, textFile, text, sentences, null);
    }

    /**
     * The gold sentences laid out in the text (lines, paragraphs) and, for a web page, with the
     * markup cues of their lines: what the model is trained and scored on.
     */
    public List<Sentence> layout() {
        List<Sentence> laid = Layout.of(text).sentences(spans());
        return page == null ? laid : page.withMarkup(laid);
    }

    /** The gold sentence spans as {@code {start, end}} pairs. */
    public List<int[]> spans() {
        List<int[]> spans = new ArrayList<>(sentences.size());
        for (GoldSentence s : sentences) {
            spans.add(new int[] {s.start(), s.end()});
        }
        return spans;
    }
}
