package dev.thresher.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.segment.Layout;
import dev.thresher.segment.Segmenter;
import dev.thresher.segment.Sentence;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
    private static final String PAGE = "<html><body>"
            + "<nav class='site-menu'><a href=/>Home</a><a href=/news>News</a><a href=/sport>Sport</a></nav>"
            + "<div id=story><article><h1>Bridge reopens after two years of repairs</h1>"
            + "<p>The bridge over the Lune reopened on Monday after repairs that took two years and cost more "
            + "than the council had planned.</p>"
            + "<p>Drivers queued from dawn to cross it, and the first bus went over at six in the morning, "
            + "the operator said.</p></article></div>"
            + "<div class='comments-area'><p>Log in to leave a comment</p></div>"
            + "<footer><p>&copy; 2026 The Lune Courier</p></footer></body></html>";

    private static int lineOf(HtmlPage page, String text) {
        return page.lineAt(page.text().indexOf(text));
    }

    @Test
    void everyLineIsNumberedAsTheLayoutNumbersIt() {
        HtmlPage page = HtmlText.page(PAGE);
        Layout layout = Layout.of(page.text());
        assertEquals(layout.lineCount(), page.lineCount());
        for (int i = 0; i < layout.lineCount(); i++) {
            assertEquals(i, page.lineAt(layout.lineStart(i)));
            assertEquals(layout.lineStart(i) == layout.lineEnd(i), page.cues(i).isEmpty(), "line " + i);
        }
    }

    @Test
    void menuLinesAreLinkTextInNavigation() {
        HtmlPage page = HtmlText.page(PAGE);
        int menu = lineOf(page, "Home News Sport");
        assertTrue(page.cues(menu).containsAll(List.of("dom:in=nav", "dom:links=all", "dom:cls=menu",
                "dom:main=before")), page.cues(menu).toString());
    }

    @Test
    void articleProseIsInTheDensestBlockAndTheCommentPromptAfterIt() {
        HtmlPage page = HtmlText.page(PAGE);
        List<String> prose = page.cues(lineOf(page, "Drivers queued"));
        assertTrue(prose.containsAll(List.of("dom:in=article", "dom:links=0", "dom:main=in", "dom:tag=p")),
                prose.toString());
        assertFalse(prose.contains("dom:in=nav"));
        List<String> heading = page.cues(lineOf(page, "Bridge reopens"));
        assertTrue(heading.contains("dom:heading"), heading.toString());
        List<String> prompt = page.cues(lineOf(page, "Log in"));
        assertTrue(prompt.containsAll(List.of("dom:cls=comments", "dom:main=after")), prompt.toString());
        assertTrue(page.cues(lineOf(page, "2026")).contains("dom:in=footer"));
    }

    @Test
    void anArticleCutIntoSeveralContainersIsOneBlockButTheCommentsAreNot() {
        String prose = "<p>The harbour board met on Thursday and agreed to dredge the channel before the winter "
                + "storms arrive in November.</p>";
        String html = "<body><div class=page><div class=article-body><div class=part>" + prose.repeat(4) + "</div>"
                + "<div class=ad-slot><a href=/x>Advertisement</a></div>"
                + "<div class=part>" + prose.replace("Thursday", "Friday").repeat(2) + "</div></div>"
                + "<div class=comments>" + prose.replace("harbour board", "reader").repeat(3) + "</div></div></body>";
        HtmlPage page = HtmlText.page(html);
        assertTrue(page.cues(lineOf(page, "met on Friday")).contains("dom:main=in"));
        assertTrue(page.cues(lineOf(page, "Advertisement")).contains("dom:main=in"), "inside the article's span");
        assertTrue(page.cues(lineOf(page, "The reader met")).contains("dom:main=after"));
    }

    @Test
    void aLinesPathFindsItsElementInThePage() {
        HtmlPage page = HtmlText.page(PAGE);
        org.jsoup.nodes.Document parsed = Jsoup.parse(PAGE);
        for (String text : List.of("Drivers queued", "Log in", "Bridge reopens", "2026")) {
            String path = page.path(lineOf(page, text));
            assertTrue(parsed.selectFirst(path).text().contains(text), path);
        }
        assertNull(page.path(page.lineAt(page.text().indexOf("\n\n") + 1)));
    }

    @Test
    void plainTextSentencesHaveNoMarkupAndPageSentencesGetTheirLines() {
        HtmlPage page = HtmlText.page(PAGE);
        List<Sentence> sentences = Segmenter.english().segment(page.text());
        assertTrue(sentences.stream().allMatch(s -> s.markup().isEmpty()));
        for (Sentence s : sentences) {
            assertEquals(page.cues(s.line()), s.withMarkup(page.cues(s.line())).markup());
        }
    }

    @Test
    void twoLineBreaksEndAParagraph() {
        assertEquals("One line\nnext line\n\nNew paragraph", HtmlText.of("<div>One line<br>next line<br><br>New paragraph</div>"));
    }

    @Test
    void adjacentLinksAreSetApartButPunctuationAfterALinkIsNot() {
        assertEquals("Home News", HtmlText.of("<div><a href=/>Home</a><a href=/n>News</a></div>"));
        assertEquals("Read U.S. News, then more.", HtmlText.of("<p>Read <a href=/>U.S. News</a>, then more.</p>"));
    }

    @Test
    void cuesAndPathsOfDeepAndLongPagesTakeLinearTime() {
        String deep = "<table><tr><td>".repeat(100_000) + "Deep text." + "</td></tr></table>".repeat(100_000);
        StringBuilder longPage = new StringBuilder("<body>");
        for (int i = 0; i < 50_000; i++) {
            longPage.append("<p>Paragraph ").append(i).append(" of a very long page.</p>");
        }
        for (String html : List.of(deep, longPage.toString())) {
            HtmlPage page = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                HtmlPage p = HtmlText.page(html);
                for (int line = 0; line < p.lineCount(); line++) {
                    p.cues(line);
                    p.path(line);
                }
                return p;
            });
            assertTrue(page.cues(0).contains("dom:tag=" + (html == deep ? "td" : "p")), page.cues(0).toString());
        }
        HtmlPage page = HtmlText.page(longPage.toString());
        String path = page.path(page.lineAt(page.text().indexOf("Paragraph 41234 ")));
        assertEquals("html > body > p:nth-of-type(41235)", path);
    }
}
