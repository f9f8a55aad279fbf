package dev.thresher.html;

import dev.thresher.ThresherException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page as a reader sees it, in lines: block elements start new lines,
 * paragraphs, headings, quotations and tables are set off by blank lines, {@code br} breaks the
 * line, inline elements stay inside their line, and white space is collapsed as a browser does
 * (kept inside {@code pre}); two {@code br} in a row end a paragraph, and a link that follows
 * another with nothing between them is set off by a space (menus, tag lists). Scripts, styles,
 * templates, forms' hidden parts and hidden elements are left out. Parsing is jsoup's, which repairs whatever a crawler brings back.
 */
public final class HtmlText {
    /** Elements whose content is never text a reader sees. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "head", "select", "option", "datalist", "textarea", "button",
            "input", "audio", "video", "map", "area", "dialog");
    /** Elements set off by a blank line, as paragraphs. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "table", "figure", "hr", "article", "section", "header", "footer", "nav", "aside", "main",
            "address", "details", "dl", "ol", "ul", "form", "fieldset");
    /** Elements on lines of their own. */
    private static final Set<String> BLOCKS = Set.of("div", "li", "dt", "dd", "tr", "figcaption", "caption",
            "summary", "legend", "center", "menu", "tbody", "thead", "tfoot", "body", "html");

    private HtmlText() {
    }

    /** The text of the page {@code html}. */
    public static String of(String html) {
        return of(Jsoup.parse(html));
    }

    /**
     * The text of a page given as bytes, decoded as the page says: a byte-order mark, else a
     * {@code <meta charset>} or {@code http-equiv} declaration, else UTF-8.
     *
     * @param name names the page in errors
     * @throws ThresherException of kind INPUT when the bytes are not a web page (binary data)
     */
    public static String of(byte[] bytes, String name) {
        return page(bytes, name).text();
    }

    /**
     * The text of a page given as bytes, with what its markup says about each line; decoded and
     * checked as {@link #of(byte[], String)} says.
     */
    public static HtmlPage page(byte[] bytes, String name) {
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0 && !utf16(bytes)) {
                throw new ThresherException(ThresherException.Kind.INPUT, name
                        + ": not an HTML page (binary data at byte " + i + ")");
            }
        }
        try {
            return page(Jsoup.parse(new ByteArrayInputStream(bytes), null, ""));
        } catch (IOException | RuntimeException e) {
            throw new ThresherException(ThresherException.Kind.INPUT, name + ": cannot read as HTML: "
                    + e.getMessage(), e);
        }
    }

    /** Whether the bytes start with a UTF-16 byte-order mark (whose text holds zero bytes). */
    private static boolean utf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF
                && b[1] == (byte) 0xFE));
    }

    /** Whether {@code name} is an HTML file's name: {@code .html} or {@code .htm}. */
    public static boolean isHtmlName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** The text of a parsed page. */
    public static String of(org.jsoup.nodes.Document page) {
        return page(page).text();
    }

    /** The text of the page {@code html} with what its markup says about each line. */
    public static HtmlPage page(String html) {
        return page(Jsoup.parse(html));
    }

    /** The text of a parsed page with what its markup says about each line. */
    public static HtmlPage page(org.jsoup.nodes.Document page) {
        Lines lines = new Lines();
        Element body = page.body();
        NodeTraversor.traverse(lines, body == null ? page : body);
        return new HtmlPage(lines.text(), lines.elements, lines.chars, page);
    }

    /** Whether {@code e} is left out with everything inside it. */
    static boolean skipped(Element e) {
        if (SKIPPED.contains(e.normalName()) || e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.hasText()) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    /** Builds the lines while jsoup walks the tree. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        /** Line breaks owed before the next text: 0, 1 (new line) or 2 (blank line). */
        private int pendingBreaks;
        /** Whether a space is owed before the next text on this line. */
        private boolean pendingSpace;
        /** How deep inside {@code pre} the walk is. */
        private int pre;
        /** The element being skipped, or null. */
        private Node skipping;
        /** How deep inside links the walk is. */
        private int link;
        /**
         * Whether the last text written was link text: a link that follows another with nothing
         * between them is set off by a space, as menus and tag lists are laid out on screen.
         */
        private boolean lastWordInLink;
        /** Whether a {@code br} came after the last text written. */
        private boolean breakSinceText;
        /** The element whose text is being read. */
        private Element current;
        /** For each line of the output, the element its first text came from (null for blank lines). */
        final List<Element> elements = new ArrayList<>();
        /** For each line of the output, its characters and those of them inside links. */
        final List<int[]> chars = new ArrayList<>();

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof TextNode t) {
                current = t.parent() instanceof Element p ? p : null;
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                if (skipped(e)) {
                    skipping = e;
                    return;
                }
                String name = e.normalName();
                if (name.equals("br")) {
                    // Two line breaks in a row end a paragraph, as in pages whose body is a run of br.
                    owe(breakSinceText ? 2 : 1);
                    breakSinceText = true;
                } else if (PARAGRAPHS.contains(name)) {
                    owe(2);
                } else if (BLOCKS.contains(name)) {
                    owe(1);
                }
                if (name.equals("pre")) {
                    pre++;
                } else if (name.equals("a")) {
                    if (lastWordInLink) {
                        pendingSpace = true;
                    }
                    link++;
                }
                if ((name.equals("td") || name.equals("th")) && e.elementSiblingIndex() > 0) {
                    pendingSpace = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (node == skipping) {
                    skipping = null;
                }
                return;
            }
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("pre")) {
                    pre--;
                } else if (name.equals("a")) {
                    link--;
                }
                if (PARAGRAPHS.contains(name)) {
                    owe(2);
                } else if (BLOCKS.contains(name)) {
                    owe(1);
                }
            }
        }

        private void owe(int breaks) {
            pendingBreaks = Math.max(pendingBreaks, breaks);
        }

        private void text(String s) {
            if (pre > 0) {
                String[] parts = s.split("\r\n|\r|\n", -1);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        owe(1);
                    }
                    if (!parts[k].isBlank()) {
                        append(parts[k].stripTrailing());
                    }
                }
                return;
            }
            int i = 0;
            int n = s.length();
            while (i < n) {
                if (isSpace(s.charAt(i))) {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                append(s.substring(i, j));
                i = j;
            }
        }

        private void append(String word) {
            if (out.length() == 0) {
                newLine();
            } else if (pendingBreaks > 0) {
                out.append(pendingBreaks == 1 ? "\n" : "\n\n");
                if (pendingBreaks == 2) {
                    elements.add(null);
                    chars.add(new int[2]);
                }
                newLine();
            } else if (out.length() > 0 && pendingSpace && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            pendingBreaks = 0;
            pendingSpace = false;
            out.append(word);
            lastWordInLink = link > 0;
            breakSinceText = false;
            int[] counts = chars.get(chars.size() - 1);
            counts[0] += word.length();
            if (link > 0) {
                counts[1] += word.length();
            }
        }

        private void newLine() {
            elements.add(current);
            chars.add(new int[2]);
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u200b';
        }

        String text() {
            return out.toString();
        }
    }
}
