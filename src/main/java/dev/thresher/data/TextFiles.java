package dev.thresher.data;

import dev.thresher.ThresherException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads text strictly: UTF-8, or UTF-16 when the bytes start with a UTF-16 byte-order mark. A
 * byte-order mark is not part of the text. Malformed bytes are never replaced: they fail with a
 * message naming the source and the byte offset.
 */
public final class TextFiles {
    /** The largest document read in one piece: 512 MiB. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws ThresherException of kind {@code kind} when the file is missing, unreadable, larger
     *                           than {@link #MAX_BYTES}, or not valid UTF-8/UTF-16
     */
    public static String readUtf8(Path file, ThresherException.Kind kind) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ThresherException(kind, file + ": " + size / (1024 * 1024)
                        + " MiB is larger than the " + MAX_BYTES / (1024 * 1024) + " MiB limit for one document");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ThresherException(kind, file + ": no such file");
        } catch (IOException e) {
            throw new ThresherException(kind, file + ": cannot read: " + e.getMessage(), e);
        }
        return decodeUtf8(bytes, file.toString(), kind);
    }

    /** Decodes {@code bytes} as described above; {@code name} identifies the source in errors. */
    public static String decodeUtf8(byte[] bytes, String name, ThresherException.Kind kind) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder(charset).decode(in).toString();
        } catch (CharacterCodingException e) {
            ByteBuffer again = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
            decoder(charset).decode(again, CharBuffer.allocate(bytes.length + 1), true);
            throw new ThresherException(kind, name + ": not valid " + charset.name() + " text (byte offset "
                    + again.position() + ")");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
