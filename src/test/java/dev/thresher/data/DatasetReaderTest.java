package dev.thresher.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.Label;
import dev.thresher.ThresherException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    @TempDir
    Path dir;

    private Path pair(String id, String text, String labels) throws IOException {
        Files.writeString(dir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve(id + ".labels.tsv"), labels, StandardCharsets.UTF_8);
    }

    private String failure(String text, String labels) throws IOException {
        Path file = pair("doc", text, labels);
        ThresherException e = assertThrows(ThresherException.class, () -> DatasetReader.read(file));
        assertEquals(ThresherException.Kind.DATA, e.kind());
        return e.getMessage();
    }

    @Test
    void readsAValidPairWithOffsets() throws IOException {
        Path file = pair("doc", "Home\r\nThe vote passed.  \"Good,\" she said.\r\n",
                "label\ttext\nBOILERPLATE\tHome\nCLAIM\tThe vote passed.\nQUOTATION\t\"Good,\" she said.\n");
        LabeledDocument doc = DatasetReader.read(file);
        assertEquals("doc", doc.id());
        assertEquals(3, doc.sentences().size());
        GoldSentence quote = doc.sentences().get(2);
        assertEquals(Label.QUOTATION, quote.label());
        assertEquals("\"Good,\" she said.", doc.text().substring(quote.start(), quote.end()));
        assertEquals(4, quote.row());
    }

    @Test
    void unknownLabelNamesFileAndRow() throws IOException {
        String m = failure("A. B.", "label\ttext\nCLAIM\tA.\nFACT\tB.\n");
        assertTrue(m.contains("doc.labels.tsv:3") && m.contains("unknown label 'FACT'"), m);
    }

    @Test
    void sentenceNotInTextNamesTheRow() throws IOException {
        String m = failure("A. B.", "label\ttext\nCLAIM\tA.\nCLAIM\tC.\n");
        assertTrue(m.contains("doc.labels.tsv:3") && m.contains("not found"), m);
    }

    @Test
    void uncoveredTextIsRejected() throws IOException {
        String m = failure("A. skipped B.", "label\ttext\nCLAIM\tA.\nCLAIM\tB.\n");
        assertTrue(m.contains(":3") && m.contains("'skipped'"), m);
        m = failure("A. B. tail", "label\ttext\nCLAIM\tA.\nCLAIM\tB.\n");
        assertTrue(m.contains("'tail'"), m);
    }

    @Test
    void badHeaderAndColumnsAreRejected() throws IOException {
        assertTrue(failure("A.", "text\tlabel\nCLAIM\tA.\n").contains(":1: header"));
        assertTrue(failure("A.", "label\ttext\nCLAIM A.\n").contains(":2: expected two"));
    }

    @Test
    void missingLabelsFileIsNamed() throws IOException {
        Files.writeString(dir.resolve("lonely.txt"), "Text.");
        ThresherException e = assertThrows(ThresherException.class, () -> DatasetReader.readFolder(dir));
        assertTrue(e.getMessage().contains("lonely.txt") && e.getMessage().contains("no matching"), e.getMessage());
    }

    @Test
    void invalidUtf8IsRejectedWithTheFileName() throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'A', '.', (byte) 0xC3, (byte) 0x28});
        Files.writeString(dir.resolve("bad.labels.tsv"), "label\ttext\nCLAIM\tA.\n");
        ThresherException e = assertThrows(ThresherException.class,
                () -> DatasetReader.read(dir.resolve("bad.labels.tsv")));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aWebPageBesideTheTextGivesItsSentencesTheirMarkup() throws IOException {
        Path file = pair("page", "Home News\n\nThe vote passed.", "label\ttext\nBOILERPLATE\tHome News\nCLAIM\tThe vote passed.\n");
        Files.writeString(dir.resolve("page.html"), "<nav><a href=/>Home</a> <a href=/n>News</a></nav><p>The vote passed.</p>");
        LabeledDocument doc = DatasetReader.read(file);
        assertTrue(doc.layout().get(0).markup().contains("dom:in=nav"), doc.layout().get(0).markup().toString());
        assertTrue(doc.layout().get(1).markup().contains("dom:tag=p"));
        assertTrue(DatasetReader.read(pair("plain", "The vote passed.", "label\ttext\nCLAIM\tThe vote passed.\n"))
                .layout().get(0).markup().isEmpty());
    }

    @Test
    void aWebPageWhoseTextDiffersFromTheTextFileIsRejectedWithWhere() throws IOException {
        Path file = pair("page", "Home\n\nThe vote passed.", "label\ttext\nBOILERPLATE\tHome\nCLAIM\tThe vote passed.\n");
        Files.writeString(dir.resolve("page.html"), "<p>Home</p><p>The vote failed.</p>");
        ThresherException e = assertThrows(ThresherException.class, () -> DatasetReader.read(file));
        assertEquals(ThresherException.Kind.DATA, e.kind());
        assertTrue(e.getMessage().startsWith(dir.resolve("page.html") + ": its text differs from the .txt beside it at character 15"),
                e.getMessage());
    }
}
