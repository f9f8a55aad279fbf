package dev.thresher;

/**
 * What a web page says about itself, from its {@code <title>}, Open Graph and other
 * {@code <meta>} tags and its JSON-LD; each part is null when the page does not say.
 *
 * @param title     the headline: {@code og:title}, JSON-LD {@code headline}, else {@code <title>}
 * @param url       the canonical address: {@code <link rel=canonical>}, else {@code og:url}
 * @param published when it was published, as the page writes it (usually ISO 8601):
 *                  {@code article:published_time}, JSON-LD {@code datePublished}, other date
 *                  meta tags
 * @param author    who wrote it: JSON-LD {@code author}, {@code <meta name=author>},
 *                  {@code article:author}
 * @param siteName  the site: {@code og:site_name}, else JSON-LD {@code publisher}
 */
public record PageMetadata(String title, String url, String published, String author, String siteName) {
    /** Metadata that says nothing. */
    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null);
}
