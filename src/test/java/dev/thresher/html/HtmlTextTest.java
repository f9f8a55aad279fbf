package dev.thresher.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.ThresherException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void blocksBecomeLinesParagraphsBlankLinesAndInlineElementsStayInTheLine() {
        String html = "<html><head><title>T</title><style>p{color:red}</style></head><body>"
                + "<nav><a href=/>Home</a> | <a href=/news>News</a></nav>"
                + "<h1>Bridge <em>reopens</em></h1>"
                + "<p>The bridge reopened on   Monday\nafter <b>repairs</b>.<br>Traffic was light.</p>"
                + "<ul><li>One</li><li>Two</li></ul>"
                + "<script>var x = 'not text';</script><div hidden>secret</div>"
                + "<div style='display: none'>also hidden</div><p>Last&nbsp;line</p></body></html>";
        assertEquals("Home | News\n\nBridge reopens\n\nThe bridge reopened on Monday after repairs.\n"
                + "Traffic was light.\n\nOne\nTwo\n\nLast\u00a0line", HtmlText.of(html));
    }

    @Test
    void preformattedTextKeepsItsLinesAndTableCellsShareTheirRow() {
        assertEquals("a  b\n  c", HtmlText.of("<pre>a  b\n  c</pre>"));
        assertEquals("Name Goals\nSmith 3", HtmlText.of("<table><tr><th>Name</th><th>Goals</th></tr>"
                + "<tr><td>Smith</td><td>3</td></tr></table>"));
    }

    @Test
    void theDeclaredCharsetIsUsedAndUtf8IsTheDefault() {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00e9 cr\u00e8me", HtmlText.of(latin1, "x.html"));
        byte[] utf8 = "<p>Caf\u00e9 \u201cquoted\u201d</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("Caf\u00e9 \u201cquoted\u201d", HtmlText.of(utf8, "y.html"));
    }

    @Test
    void binaryDataIsRefusedInOneLine() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ThresherException e = assertThrows(ThresherException.class, () -> HtmlText.of(png, "logo.html"));
        assertEquals("logo.html: not an HTML page (binary data at byte 8)", e.getMessage());
    }

    @Test
    void brokenDeepAndHugePagesGiveTextInBoundedTime() {
        assertEquals("Unclosed paragraph\n\nand a\n\ntable", HtmlText.of("<p>Unclosed <b>paragraph<p>and a <table><tr><td>table"));
        assertEquals("", HtmlText.of("<html><body><script>only()</script></body></html>"));
        String deep = "<table><tr><td>".repeat(100_000) + "deep" + "</td></tr></table>".repeat(100_000);
        assertEquals("deep", assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HtmlText.of(deep)));
        String huge = "<div><p>The council met on Tuesday and approved the budget.</p></div>\n".repeat(300_000);
        String text = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HtmlText.of(huge));
        assertTrue(text.startsWith("The council met on Tuesday and approved the budget.\n\nThe council"));
        assertFalse(text.contains("<"));
    }
}
