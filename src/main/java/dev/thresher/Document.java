package dev.thresher;

import dev.thresher.html.HtmlText;
import java.util.Objects;

/**
 * One document to classify: its text and the id it goes by in results.
 *
 * @param id   what the caller calls it (a file name, a record's key); carried through unchanged
 * @param text its text
 */
public record Document(String id, String text) implements DocumentSource {
    /** Checks that neither part is null. */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A web page as a document: its text as a reader sees it, one line per block (paragraphs,
     * headings, list items, table rows), without scripts, styles or hidden elements; sentence
     * offsets then index this text.
     *
     * @param id   what the caller calls the page
     * @param html the page
     */
    public static Document fromHtml(String id, String html) {
        return new Document(id, HtmlText.of(html));
    }

    /** The id. */
    @Override
    public String location() {
        return id;
    }

    /** The length of the text in UTF-16 code units: close enough to bound memory. */
    @Override
    public long size() {
        return text.length();
    }

    /** This document. */
    @Override
    public Document read() {
        return this;
    }
}
