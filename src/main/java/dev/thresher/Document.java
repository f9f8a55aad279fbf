package dev.thresher;

import dev.thresher.html.HtmlPage;
import dev.thresher.html.HtmlText;
import java.util.Objects;

/**
 * One document to classify: its text and the id it goes by in results; for a web page, also what
 * its markup says about each line, which the model reads next to the text. Immutable; two
 * documents are equal when their ids and texts are.
 */
public final class Document implements DocumentSource {
    private final String id;
    private final String text;
    /** The page the text was extracted from, or null for plain text. */
    private final HtmlPage page;

    /**
     * A plain-text document.
     *
     * @param id   what the caller calls it (a file name, a record's key); carried through unchanged
     * @param text its text
     */
    public Document(String id, String text) {
        this(id, text, null);
    }

    private Document(String id, String text, HtmlPage page) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.page = page;
    }

    /**
     * A web page as a document: its text as a reader sees it, one line per block (paragraphs,
     * headings, list items, table rows), without scripts, styles or hidden elements; sentence
     * offsets then index this text. The page's markup (containers, class names, links) is kept
     * for the model.
     *
     * @param id   what the caller calls the page
     * @param html the page
     */
    public static Document fromHtml(String id, String html) {
        return fromPage(id, HtmlText.page(Objects.requireNonNull(html, "html")));
    }

    /**
     * A web page given as bytes, decoded as the page declares (byte-order mark, {@code <meta
     * charset>}, else UTF-8).
     *
     * @throws ThresherException of kind INPUT, naming the page by its id, when the bytes are
     *                           binary data, not a page
     */
    public static Document fromHtml(String id, byte[] html) {
        return fromHtml(id, html, id);
    }

    /**
     * As {@link #fromHtml(String, byte[])}, naming the page {@code name} in errors (a path, or
     * {@code <stdin>}).
     */
    public static Document fromHtml(String id, byte[] html, String name) {
        return fromPage(id, HtmlText.page(Objects.requireNonNull(html, "html"), name));
    }

    /** A document of an already extracted page (internal: Thresher's own packages use it). */
    static Document fromPage(String id, HtmlPage page) {
        return new Document(id, page.text(), page);
    }

    /** The id. */
    public String id() {
        return id;
    }

    /** The text; for a web page, the text extracted from it. */
    public String text() {
        return text;
    }

    /** Whether this document is a web page (made by {@link #fromHtml}). */
    public boolean isWebPage() {
        return page != null;
    }

    /**
     * A CSS selector for the element of the web page that holds the text at {@code offset}, so
     * that a sentence can be found in the page; null for plain text.
     */
    public String pathAt(int offset) {
        return page == null ? null : page.path(page.lineAt(offset));
    }

    /** What the web page says about itself, or empty for plain text. */
    public java.util.Optional<PageMetadata> metadata() {
        return page == null ? java.util.Optional.empty() : java.util.Optional.of(page.metadata());
    }

    /** The page with its markup, or null for plain text. */
    HtmlPage page() {
        return page;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && id.equals(d.id) && text.equals(d.text);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return "Document[id=" + id + ", " + text.length() + " characters" + (page == null ? "" : ", web page") + "]";
    }
}
