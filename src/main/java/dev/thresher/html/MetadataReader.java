package dev.thresher.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thresher.PageMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed page: JSON-LD first where it is well formed (it is the
 * most deliberate statement a page makes), then Open Graph and other {@code <meta>} tags, then
 * {@code <title>}. Blank values count as absent.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataReader() {
    }

    static PageMetadata read(Document page) {
        List<JsonNode> ld = jsonLd(page);
        Map<String, String> meta = metaContents(page);
        String title = first(meta.get("og:title"), ld(ld, "headline"), text(page.selectFirst("title")));
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta.get("og:url"));
        String published = first(meta.get("article:published_time"), ld(ld, "datePublished"),
                meta.get("date"), meta.get("pubdate"), meta.get("publishdate"), meta.get("dc.date"),
                meta.get("dcterms.created"), attr(page.selectFirst("time[datetime]"), "datetime"));
        String author = first(ld(ld, "author"), meta.get("author"), meta.get("article:author"),
                meta.get("dc.creator"));
        String site = first(meta.get("og:site_name"), ld(ld, "publisher"), meta.get("application-name"));
        return new PageMetadata(title, url, published, author, site);
    }

    /**
     * The content of the first {@code <meta content>} tag for each of the property, name and
     * itemprop values the page's tags have, keyed in lower case: one walk of the page for every key.
     */
    private static Map<String, String> metaContents(Document page) {
        Map<String, String> contents = new HashMap<>();
        for (Element m : page.select("meta[content]")) {
            String content = m.attr("content");
            for (String key : new String[] {"property", "name", "itemprop"}) {
                contents.putIfAbsent(anyCase(m.attr(key)), content);
            }
        }
        return contents;
    }

    /** {@code s} folded so that two strings fold alike when {@link String#equalsIgnoreCase} says they are equal. */
    private static String anyCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return out.toString();
    }

    /** The JSON-LD objects of the page, graphs and lists flattened; malformed blocks are skipped. */
    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), out);
            } catch (IOException e) {
                // A page's broken JSON-LD is its own business: the other sources still count.
            }
        }
        return out;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    /** The first JSON-LD value of {@code field}: a string, or the name of an object or of a list's first item. */
    private static String ld(List<JsonNode> objects, String field) {
        for (JsonNode o : objects) {
            String value = value(o.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : value(v.get(0));
        }
        if (v.isObject()) {
            return v.hasNonNull("name") ? v.get("name").asText() : null;
        }
        return v.asText();
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
