package dev.thresher.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
 * record is decoded (strict UTF-8, then JSON) by {@link Input#read()}, so that a malformed
 * record fails alone, with its line number, and can be skipped.
 *
 * <p>A record is a JSON object; its text is the string field {@code textField} and its id the
 * field {@code idField} (a string or a number); a record without an id goes by
 * {@code name:line}. Not thread-safe (the records it returns are).
 */
public final class JsonlReader implements Iterator<Input> {
    /** Records of any size: no limit on the length of a string (Jackson's default is 20M chars). */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final String name;
    private final String textField;
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
        this.in = in;
        this.name = name;
        this.textField = textField;
        this.idField = idField;
    }

    /** One line of the corpus, undecoded. */
    public record Record(String source, long line, byte[] bytes, String textField, String idField)
            implements Input {
        @Override
        public String location() {
            return source + ":" + line;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Document read() {
            String json = TextFiles.decodeUtf8(bytes, location(), ThresherException.Kind.INPUT);
            String id = null;
            String text = null;
            boolean hasText = false;
            try (JsonParser p = JSON.createParser(json)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw fail("not a JSON object");
                }
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals(textField)) {
                        if (value != JsonToken.VALUE_STRING) {
                            throw fail("field \"" + textField + "\" is not a string");
                        }
                        text = p.getText();
                        hasText = true;
                    } else if (field.equals(idField)) {
                        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                                || value == JsonToken.VALUE_NUMBER_FLOAT) {
                            id = p.getText();
                        } else if (value != JsonToken.VALUE_NULL) {
                            throw fail("field \"" + idField + "\" is not a string or a number");
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                    throw fail("malformed JSON: more than one value on the line");
                }
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage();
                throw fail("malformed JSON: " + (message == null ? "" : message.lines().findFirst().orElse("")));
            } catch (IOException e) {
                throw fail("cannot parse: " + e.getMessage());
            }
            if (!hasText) {
                throw fail("no \"" + textField + "\" field" + (id == null ? "" : " (id " + id + ")"));
            }
            return new Document(id == null ? location() : id, text);
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
                next = new Record(name, line, bytes, textField, idField);
            }
        }
        return true;
    }

    @Override
    public Input next() {
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
