package dev.thresher.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thresher.PageMetadata;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    @Test
    void openGraphJsonLdAndTitleAreReadInThatOrder() {
        String html = "<html><head><title>Bridge reopens | The Lune Courier</title>"
                + "<meta property='og:site_name' content='The Lune Courier'>"
                + "<link rel=canonical href='https://lune.example/bridge'>"
                + "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Bridge reopens\",\"datePublished\":\"2026-03-02T08:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Rigg\"}]}]}</script>"
                + "</head><body><p>Text.</p></body></html>";
        assertEquals(new PageMetadata("Bridge reopens", "https://lune.example/bridge", "2026-03-02T08:00:00Z",
                "Ada Rigg", "The Lune Courier"), HtmlText.page(html).metadata());
    }

    @Test
    void absentPartsAreNullAndBrokenJsonLdIsIgnored() {
        String html = "<html><head><title> Plain page </title><meta name=author content=''>"
                + "<script type='application/ld+json'>{not json</script></head><body><p>x</p></body></html>";
        assertEquals(new PageMetadata("Plain page", null, null, null, null), HtmlText.page(html).metadata());
        assertEquals(PageMetadata.NONE, HtmlText.page("<p>only text</p>").metadata());
    }
}
