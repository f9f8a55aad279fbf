package dev.thresher.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.thresher.Document;
import dev.thresher.DocumentSource;
import dev.thresher.ThresherException;
import dev.thresher.data.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of a JSON Lines corpus, one document per line, read lazily from a stream: only
 * the current line is held, whatever the size of the corpus. Blank lines are skipped. Each
 * record is decoded (strict UTF-8, then JSON) by {@link Record#read()}, so that a malformed
 * record fails alone, with its line number, and can be skipped.
 *
 * <p>A record is a JSON object; its text is the string field {@code textField} (or, for a name
 * with dots such as {@code article.body}, the field at that path) and its id the field
 * {@code idField} (a string or a number); a record without an id goes by
 * {@code name:line}. Not thread-safe (the records it returns are).
 */
public final class JsonlReader implements Iterator<JsonlReader.Record> {
    /** Records of any size: no limit on the length of a string (Jackson's default is 20M chars). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final String name;
    private final String textField;
    private final boolean html;
    private final String idField;
    private final byte[] buffer = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean eof;
    private long line;
    private Record next;

    /**
     * A reader of {@code in}.
     *
     * @param name      names the stream in messages (a file name, or {@code <stdin>})
     * @param textField the field that holds the document's text
     * @param idField   the field that holds the document's id
     */
    public JsonlReader(InputStream in, String name, String textField, String idField) {
        this(in, name, textField, idField, false);
    }

    /**
     * A reader of {@code in} whose text field holds, when {@code html} is true, each document's
     * web page (read as {@link Document#fromHtml} reads one).
     */
    public JsonlReader(InputStream in, String name, String textField, String idField, boolean html) {
        this.in = in;
        this.name = name;
        this.textField = textField;
        this.idField = idField;
        this.html = html;
    }

    /**
     * One line of the corpus, undecoded until {@link #read()}, which also keeps the record's id
     * value and its other fields for output that passes them through.
     */
    public static final class Record implements DocumentSource {
        private final String source;
        private final long line;
        private final byte[] bytes;
        private final String textField;
        private final String idField;
        /** Set by {@link #read()} (on a worker thread; seen by the consumer through the batch's future). */
        private volatile JsonNode id;
        private volatile ObjectNode otherFields;

        private final boolean html;

        Record(String source, long line, byte[] bytes, String textField, String idField, boolean html) {
            this.html = html;
            this.source = source;
            this.line = line;
            this.bytes = bytes;
            this.textField = textField;
            this.idField = idField;
        }

        @Override
        public String location() {
            return source + ":" + line;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        /** The record's id as written (a string or number node), or null when it has none; after {@link #read()}. */
        public JsonNode id() {
            return id;
        }

        /** The record's fields other than the id and the text, in their order; after {@link #read()}. */
        public ObjectNode otherFields() {
            return otherFields;
        }

        @Override
        public Document read() {
            String json = TextFiles.decodeUtf8(bytes, location(), ThresherException.Kind.INPUT);
            JsonNode tree;
            try (JsonParser p = JSON.createParser(json)) {
                tree = MAPPER.readTree(p);
                if (p.nextToken() != null) {
                    throw fail("malformed JSON: more than one value on the line");
                }
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage();
                throw fail("malformed JSON: " + (message == null ? "" : message.lines().findFirst().orElse("")));
            } catch (IOException e) {
                throw fail("cannot parse: " + e.getMessage());
            }
            if (!(tree instanceof ObjectNode record)) {
                throw fail("not a JSON object");
            }
            JsonNode idValue = record.get(idField);
            if (idValue != null && !idValue.isNull() && !idValue.isTextual() && !idValue.isNumber()) {
                throw fail("field \"" + idField + "\" is not a string or a number");
            }
            String idText = idValue == null || idValue.isNull() ? null : idValue.asText();
            ObjectNode rest = record.deepCopy();
            rest.remove(idField);
            JsonNode text = removeText(rest);
            if (text == null) {
                throw fail("no \"" + textField + "\" field" + (idText == null ? "" : " (id " + idText + ")"));
            }
            if (!text.isTextual()) {
                throw fail("field \"" + textField + "\" is not a string");
            }
            this.id = idValue == null || idValue.isNull() ? null : idValue;
            this.otherFields = rest;
            String id = idText == null ? location() : idText;
            return html ? Document.fromHtml(id, text.asText()) : new Document(id, text.asText());
        }

        /**
         * Removes the text from {@code record} and returns it: the field named {@code textField},
         * or, when there is none and the name has dots, the field at that path of nested objects.
         */
        private JsonNode removeText(ObjectNode record) {
            if (record.has(textField) || textField.indexOf('.') < 0) {
                return record.remove(textField);
            }
            String[] path = textField.split("\\.");
            ObjectNode parent = record;
            for (int i = 0; i < path.length - 1; i++) {
                if (!(parent.get(path[i]) instanceof ObjectNode child)) {
                    return null;
                }
                parent = child;
            }
            return parent.remove(path[path.length - 1]);
        }

        private ThresherException fail(String message) {
            return new ThresherException(ThresherException.Kind.INPUT, location() + ": " + message);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            byte[] bytes = readLine();
            if (bytes == null) {
                return false;
            }
            if (!isBlank(bytes)) {
                next = new Record(name, line, bytes, textField, idField, html);
            }
        }
        return true;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Record out = next;
        next = null;
        return out;
    }

    /** The next line without its line break (LF or CRLF), or null at the end of the stream. */
    private byte[] readLine() {
        byte[] out = null;
        int length = 0;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    if (out == null) {
                        return null;
                    }
                    line++;
                    return trimCr(out, length);
                }
            }
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int take = end - start;
            if (out == null) {
                out = new byte[Math.max(take, 64)];
            } else if (length + take > out.length) {
                out = Arrays.copyOf(out, Math.max(length + take, out.length * 2));
            }
            System.arraycopy(buffer, start, out, length, take);
            length += take;
            position = end;
            if (end < limit) {
                position++;
                line++;
                return trimCr(out, length);
            }
        }
    }

    private boolean fill() {
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.INPUT, name + ": cannot read after line " + line
                    + ": " + e.getMessage(), e);
        }
    }

    private static byte[] trimCr(byte[] bytes, int length) {
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
