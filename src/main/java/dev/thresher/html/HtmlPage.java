package dev.thresher.html;

import dev.thresher.PageMetadata;
import dev.thresher.segment.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The text of a web page as {@link HtmlText} extracts it, with what the markup says about each of
 * its lines: the element the line comes from, the containers around it ({@code nav},
 * {@code footer}, {@code article}, ...), the telling words of their classes and ids
 * ({@code comment}, {@code share}, {@code related}, ...), how much of the line is link text, and
 * where it stands relative to the page's densest block of prose. Lines are those of the text,
 * blank ones included, numbered from 0 as {@link dev.thresher.segment.Layout} numbers them.
 * Immutable once built; the cues of a line and the metadata are worked out on first use.
 */
public final class HtmlPage {
    /** Containers whose presence among a line's ancestors is a cue. */
    private static final Set<String> CONTAINERS = Set.of("nav", "header", "footer", "aside", "form", "figure",
            "figcaption", "article", "main", "li", "table", "blockquote", "address", "menu", "time", "dl");
    /** Words of class names and ids that tell chrome from content; others are not features. */
    private static final Set<String> TELLING = Set.of("comment", "comments", "reply", "share", "sharing", "social",
            "related", "recommended", "promo", "promoted", "sponsor", "sponsored", "ad", "ads", "advert",
            "advertisement", "byline", "author", "bio", "footer", "header", "nav", "navbar", "navigation", "menu",
            "sidebar", "widget", "newsletter", "subscribe", "signup", "cookie", "consent", "gdpr", "breadcrumb",
            "breadcrumbs", "tag", "tags", "topics", "caption", "credit", "article", "content", "body", "story",
            "post", "entry", "main", "text", "meta", "date", "time", "timestamp", "teaser", "card", "trending",
            "popular", "most", "more", "login", "search", "modal", "popup", "banner", "copyright", "legal",
            "hidden", "skip", "toolbar", "list", "grid", "feed", "headline", "title", "summary", "lead", "intro",
            "standfirst", "dek", "quote", "pullquote", "paywall", "premium", "alert", "notice", "disclaimer",
            "correction", "embed", "video", "gallery", "photo", "image", "media", "print", "email", "rss",
            "follow", "masthead", "logo", "pagination", "next", "prev", "previous", "read", "also", "recirc",
            "outbrain", "taboola", "dfp", "rail", "aside", "column", "wrapper", "container");
    /** How many ancestors of a prose line count its characters when blocks are compared. */
    private static final int PROSE_LEVELS = 6;
    /** Containers never taken into the article block. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "form", "menu");
    /** Class and id words that keep a container out of the article block. */
    private static final Set<String> CHROME_WORDS = Set.of("comment", "comments", "reply", "related", "recommended",
            "promo", "sponsor", "sponsored", "ad", "ads", "advert", "advertisement", "sidebar", "widget", "footer",
            "header", "nav", "navbar", "navigation", "menu", "newsletter", "subscribe", "cookie", "trending",
            "popular", "teaser", "share", "social", "rail", "outbrain", "taboola", "recirc", "bio", "author");
    /** How many ancestors of a line are looked at (bounds the work on absurdly deep pages). */
    private static final int MAX_ANCESTORS = 40;

    private final String text;
    /** For each line, the element its first text came from (null for a blank line). */
    private final Element[] lineElements;
    /** For each line, how many of its characters are not white space. */
    private final int[] lineChars;
    /** For each line, how many of those are inside a link. */
    private final int[] linkChars;
    private final int[] lineStarts;
    private List<String>[] cues;
    private final Paths paths = new Paths();

    /** The parsed page, for its metadata. */
    private final org.jsoup.nodes.Document page;
    private volatile PageMetadata metadata;

    HtmlPage(String text, List<Element> elements, List<int[]> chars, org.jsoup.nodes.Document page) {
        this.text = text;
        this.page = page;
        int n = elements.size();
        this.lineElements = elements.toArray(new Element[0]);
        this.lineChars = new int[n];
        this.linkChars = new int[n];
        for (int i = 0; i < n; i++) {
            lineChars[i] = chars.get(i)[0];
            linkChars[i] = chars.get(i)[1];
        }
        this.lineStarts = new int[n];
        int line = 0;
        for (int i = 0; i < text.length() && line + 1 < n; i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[++line] = i + 1;
            }
        }
    }

    /** The text of the page, one line per block. */
    public String text() {
        return text;
    }

    /**
     * What the page says about itself (title, address, date, author, site); read on first use,
     * as classifying does not need it.
     */
    public PageMetadata metadata() {
        PageMetadata m = metadata;
        if (m == null) {
            m = MetadataReader.read(page);
            metadata = m;
        }
        return m;
    }

    /** How many lines the text has, blank ones included. */
    public int lineCount() {
        return lineElements.length;
    }

    /** The line that holds the character at {@code offset} of the text. */
    public int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * A CSS selector that finds the block element line {@code line} comes from in the page (the
     * paragraph, heading, list item or other block around its first text), or null for a blank
     * line. It goes from the root, or from the nearest ancestor with an id, one step per element
     * ({@code article > p:nth-of-type(3)}); on a page nested deeper than 40 elements it starts at
     * the 40th ancestor.
     */
    public String path(int line) {
        Element e = line >= 0 && line < lineElements.length ? lineElements[line] : null;
        return e == null ? null : paths.of(block(e));
    }

    /**
     * {@code sentences} of this page's text, each given the cues of its line ({@link #cues}): what
     * the model reads for a sentence of a web page.
     */
    public List<Sentence> withMarkup(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(s.withMarkup(cues(s.line())));
        }
        return out;
    }

    /**
     * The block element around {@code e}: {@code e} or its nearest ancestor that is not an inline
     * element, looking at most {@link #MAX_ANCESTORS} up.
     */
    private static Element block(Element e) {
        Element at = e;
        for (int d = 0; d < MAX_ANCESTORS && at.tag().isInline() && at.parent() != null; d++) {
            at = at.parent();
        }
        return at;
    }

    /** Whether {@code name} is a heading's: h1 to h6. */
    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * What the markup says about line {@code line}, as feature names starting {@code dom:}: empty
     * for a blank line or a line number outside the text.
     */
    public List<String> cues(int line) {
        if (line < 0 || line >= lineElements.length) {
            return List.of();
        }
        synchronized (this) {
            if (cues == null) {
                cues = new LineCues(this).all();
            }
        }
        return cues[line];
    }

    /**
     * Builds selectors in time linear in the page: each parent's children are numbered by tag once
     * (jsoup's own {@code cssSelector()} searches the parent's whole subtree at every step, which
     * is quadratic on long or deep pages). Thread-safe.
     */
    private static final class Paths {
        private final Map<Element, Integer> nthOfType = new IdentityHashMap<>();
        private final Set<Element> numbered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        synchronized String of(Element e) {
            List<String> steps = new ArrayList<>();
            Element at = e;
            for (int d = 0; d < MAX_ANCESTORS && at != null && !(at instanceof org.jsoup.nodes.Document); d++) {
                String tag = org.jsoup.parser.TokenQueue.escapeCssIdentifier(at.tagName());
                if (!at.id().isEmpty()) {
                    steps.add(tag + "#" + org.jsoup.parser.TokenQueue.escapeCssIdentifier(at.id()));
                    break;
                }
                int nth = nth(at);
                steps.add(nth == 0 ? tag : tag + ":nth-of-type(" + nth + ")");
                at = at.parent();
            }
            java.util.Collections.reverse(steps);
            return String.join(" > ", steps);
        }

        /** The element's place among its parent's children of its tag (1-based), or 0 when it is the only one. */
        private int nth(Element e) {
            Element parent = e.parent();
            if (parent == null) {
                return 0;
            }
            if (numbered.add(parent)) {
                Map<String, Integer> count = new java.util.HashMap<>();
                for (Element child : parent.children()) {
                    nthOfType.put(child, count.merge(child.normalName(), 1, Integer::sum));
                }
                for (Element child : parent.children()) {
                    if (count.get(child.normalName()) == 1) {
                        nthOfType.put(child, 0);
                    }
                }
            }
            return nthOfType.getOrDefault(e, 0);
        }
    }

    /** Works out every line's cues at once (they depend on the page's densest block). */
    private static final class LineCues {
        private final HtmlPage page;
        private final Map<Element, String[]> telling = new IdentityHashMap<>();

        LineCues(HtmlPage page) {
            this.page = page;
        }

        @SuppressWarnings("unchecked")
        List<String>[] all() {
            int n = page.lineElements.length;
            int[] main = mainRange();
            List<String>[] out = new List[n];
            for (int i = 0; i < n; i++) {
                out[i] = page.lineElements[i] == null ? List.of() : List.copyOf(line(i, main));
            }
            return out;
        }

        private List<String> line(int i, int[] main) {
            Element e = page.lineElements[i];
            Set<String> cues = new HashSet<>();
            cues.add("dom:tag=" + blockTag(e));
            int depth = 0;
            for (Element a = e; a != null && depth < MAX_ANCESTORS; a = a.parent(), depth++) {
                String name = a.normalName();
                if (CONTAINERS.contains(name)) {
                    cues.add("dom:in=" + name);
                }
                if (isHeading(name)) {
                    cues.add("dom:heading");
                }
                if (name.equals("a")) {
                    cues.add("dom:in=a");
                }
                if (a.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
                    cues.add("dom:articlebody");
                }
                for (String word : telling(a)) {
                    cues.add("dom:cls=" + word);
                }
            }
            int chars = page.lineChars[i];
            double links = chars == 0 ? 0 : (double) page.linkChars[i] / chars;
            cues.add("dom:links=" + (links == 0 ? "0" : links < 0.34 ? "some" : links < 0.9 ? "most" : "all"));
            if (main != null) {
                boolean in = i >= main[0] && i <= main[1];
                cues.add(i < main[0] ? "dom:main=before" : in ? "dom:main=in" : "dom:main=after");
                if (in && links == 0) {
                    // What a reader takes for the article: unlinked prose inside the densest block.
                    cues.add("dom:main_text");
                    if (chars >= 80) {
                        cues.add("dom:main_long");
                    }
                }
            }
            return new ArrayList<>(cues);
        }

        /** The name of the block element around {@code e} ({@code h} for any heading), or {@code other}. */
        private static String blockTag(Element e) {
            Element block = block(e);
            if (block.tag().isInline()) {
                return "other";
            }
            return isHeading(block.normalName()) ? "h" : block.normalName();
        }

        /** The telling words of an element's class names and id. */
        private String[] telling(Element e) {
            String[] words = telling.get(e);
            if (words == null) {
                Set<String> found = new HashSet<>();
                String names = (e.className() + " " + e.id()).replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(Locale.ROOT);
                for (String w : names.split("[^a-z]+")) {
                    if (TELLING.contains(w)) {
                        found.add(w);
                    }
                }
                words = found.toArray(new String[0]);
                telling.put(e, words);
            }
            return words;
        }

        /**
         * The first and last line of the page's densest block of prose: the element (parent or
         * grandparent of prose lines) that holds the most characters of lines that read as
         * sentences rather than links or labels, widened to the siblings that hold a fair share of
         * prose too; null when the page has no such lines.
         */
        private int[] mainRange() {
            Map<Element, double[]> score = new IdentityHashMap<>();
            Map<Element, double[]> prose = new IdentityHashMap<>();
            Map<Element, int[]> range = new IdentityHashMap<>();
            Element best = null;
            double bestScore = 0;
            for (int i = 0; i < page.lineElements.length; i++) {
                Element e = page.lineElements[i];
                int chars = page.lineChars[i];
                if (e == null || chars < 40 || page.linkChars[i] * 2 > chars) {
                    continue;
                }
                Element block = block(e);
                double text = chars - page.linkChars[i];
                Element up = block.parent();
                for (int level = 0; level < PROSE_LEVELS && up != null; level++, up = up.parent()) {
                    prose.computeIfAbsent(up, k -> new double[1])[0] += text;
                    int line = i;
                    range.merge(up, new int[] {line, line}, (a, b) -> new int[] {Math.min(a[0], b[0]),
                        Math.max(a[1], b[1])});
                    if (level < 2) {
                        double[] s = score.computeIfAbsent(up, k -> new double[1]);
                        s[0] += (level == 0 ? 1.0 : 0.5) * text;
                        if (s[0] > bestScore) {
                            bestScore = s[0];
                            best = up;
                        }
                    }
                }
            }
            if (best == null) {
                return null;
            }
            // An article is often cut into several containers (by ads, figures, teasers): as
            // Readability does, take in the siblings of the densest block, and of its parent, that
            // hold at least a fifth as much prose, unless their names or tags say they are chrome.
            int[] out = range.get(best).clone();
            double least = 0.2 * prose.get(best)[0];
            Element at = best;
            for (int level = 0; level < 2 && at.parent() != null; level++, at = at.parent()) {
                if (at.parent().childrenSize() > 10_000) {
                    break;
                }
                for (Element sibling : at.parent().children()) {
                    double[] p = prose.get(sibling);
                    if (sibling != at && p != null && p[0] >= least && !chrome(sibling)) {
                        int[] r = range.get(sibling);
                        out[0] = Math.min(out[0], r[0]);
                        out[1] = Math.max(out[1], r[1]);
                    }
                }
            }
            return out;
        }

        /** Whether an element's tag or class and id words say it is page chrome. */
        private boolean chrome(Element e) {
            if (CHROME_TAGS.contains(e.normalName())) {
                return true;
            }
            for (String word : telling(e)) {
                if (CHROME_WORDS.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
