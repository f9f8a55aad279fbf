package dev.thresher.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thresher.Document;
import dev.thresher.ThresherException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {
    private static List<JsonlReader.Record> records(byte[] bytes) {
        JsonlReader reader = new JsonlReader(new ByteArrayInputStream(bytes), "c.jsonl", "text", "id");
        List<JsonlReader.Record> out = new ArrayList<>();
        reader.forEachRemaining(out::add);
        return out;
    }

    private static List<JsonlReader.Record> records(String s) {
        return records(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String failure(JsonlReader.Record input) {
        ThresherException e = assertThrows(ThresherException.class, input::read);
        assertEquals(ThresherException.Kind.INPUT, e.kind());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsIdsTextsAndLineNumbers() {
        List<JsonlReader.Record> in = records("{\"id\": \"a\", \"text\": \"One.\", \"extra\": {\"x\": [1, 2]}}\r\n"
                + "\n   \n"
                + "{\"text\": \"Two \\u00e9.\", \"id\": 17}\n"
                + "{\"text\": \"Three.\"}");
        assertEquals(3, in.size());
        assertEquals(new Document("a", "One."), in.get(0).read());
        assertEquals("c.jsonl:1", in.get(0).location());
        assertEquals(new Document("17", "Two \u00e9."), in.get(1).read());
        assertEquals("c.jsonl:4", in.get(1).location());
        assertEquals(new Document("c.jsonl:5", "Three."), in.get(2).read());
    }

    @Test
    void badRecordsFailAloneWithTheirLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": 1, \"text\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
        bytes.writeBytes(("not json\n{\"id\": 4}\n{\"id\": 5, \"text\": 5}\n{\"text\": \"a\"} {\"text\": \"b\"}\n"
                + "[1, 2]\n{\"id\": 8, \"text\": \"also fine\"}\n").getBytes(StandardCharsets.UTF_8));
        List<JsonlReader.Record> in = records(bytes.toByteArray());
        assertEquals(8, in.size());
        assertEquals("fine", in.get(0).read().text());
        assertTrue(failure(in.get(1)).startsWith("c.jsonl:2: not valid UTF-8"));
        assertTrue(failure(in.get(2)).startsWith("c.jsonl:3: malformed JSON"));
        assertEquals("c.jsonl:4: no \"text\" field (id 4)", failure(in.get(3)));
        assertEquals("c.jsonl:5: field \"text\" is not a string", failure(in.get(4)));
        assertTrue(failure(in.get(5)).startsWith("c.jsonl:6: malformed JSON"));
        assertEquals("c.jsonl:7: not a JSON object", failure(in.get(6)));
        assertEquals("also fine", in.get(7).read().text());
    }

    @Test
    void keepsTheIdValueAndTheOtherFieldsAndReadsNestedText() {
        JsonlReader reader = new JsonlReader(new ByteArrayInputStream(("{\"id\": 17, \"url\": \"u\", "
                + "\"article\": {\"title\": \"T\", \"body\": \"B.\"}, \"tags\": [1]}\n").getBytes(StandardCharsets.UTF_8)),
                "x", "article.body", "id");
        JsonlReader.Record record = reader.next();
        assertEquals(new Document("17", "B."), record.read());
        assertTrue(record.id().isInt());
        assertEquals("{\"url\":\"u\",\"article\":{\"title\":\"T\"},\"tags\":[1]}", record.otherFields().toString());
        JsonlReader.Record missing = new JsonlReader(new ByteArrayInputStream("{\"article\": {\"title\": \"T\"}}\n"
                .getBytes(StandardCharsets.UTF_8)), "x", "article.body", "id").next();
        assertEquals("x:1: no \"article.body\" field", failure(missing));
    }

    @Test
    void otherFieldNamesCanBeChosen() {
        JsonlReader reader = new JsonlReader(new ByteArrayInputStream(
                "{\"url\": \"u1\", \"body\": \"B.\", \"text\": \"no\"}\n".getBytes(StandardCharsets.UTF_8)), "x", "body",
                "url");
        assertEquals(new Document("u1", "B."), reader.next().read());
        assertFalse(reader.hasNext());
    }

    @Test
    void aVeryLongLineIsOneRecord() {
        String text = "word ".repeat(1_000_000);
        List<JsonlReader.Record> in = records("{\"id\": \"big\", \"text\": \"" + text + "\"}\n{\"id\": \"small\", \"text\": \"s\"}\n");
        assertEquals(2, in.size());
        assertEquals(text, in.get(0).read().text());
        assertEquals("small", in.get(1).read().id());
    }

    @Test
    void readsLazily() {
        byte[] line = "{\"text\": \"0123456789\"}\n".getBytes(StandardCharsets.UTF_8);
        long[] read = {0};
        InputStream endless = new InputStream() {
            long position;

            @Override
            public int read() {
                return line[(int) (position++ % line.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                read[0] += len;
                return len;
            }
        };
        JsonlReader reader = new JsonlReader(new FilterInputStream(endless) { }, "endless", "text", "id");
        for (int i = 0; i < 1000; i++) {
            assertEquals("0123456789", reader.next().read().text());
        }
        assertTrue(read[0] <= 1000L * line.length + (1 << 16), "read " + read[0] + " bytes for 1000 records");
    }

    @Test
    void aStreamThatFailsIsReportedWithWhereItStopped() {
        InputStream broken = new InputStream() {
            int calls;

            @Override
            public int read() throws IOException {
                throw new IOException("device error");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (calls++ == 0) {
                    byte[] first = "{\"text\": \"a\"}\n{\"te".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(first, 0, b, off, first.length);
                    return first.length;
                }
                throw new IOException("device error");
            }
        };
        JsonlReader reader = new JsonlReader(broken, "d.jsonl", "text", "id");
        assertEquals("a", reader.next().read().text());
        ThresherException e = assertThrows(ThresherException.class, reader::hasNext);
        assertEquals("d.jsonl: cannot read after line 1: device error", e.getMessage());
    }
}
