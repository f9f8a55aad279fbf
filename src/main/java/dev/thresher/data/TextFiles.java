package dev.thresher.data;

import dev.thresher.ThresherException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads text files as strict UTF-8, failing with a message that names the file. */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * The content of {@code file} decoded as UTF-8.
     *
     * @throws ThresherException of kind {@code kind} when the file is missing, unreadable or not
     *                           valid UTF-8
     */
    public static String readUtf8(Path file, ThresherException.Kind kind) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ThresherException(kind, file + ": no such file");
        } catch (IOException e) {
            throw new ThresherException(kind, file + ": cannot read: " + e.getMessage(), e);
        }
        return decodeUtf8(bytes, file.toString(), kind);
    }

    /** Decodes {@code bytes} as strict UTF-8; {@code name} identifies the source in errors. */
    public static String decodeUtf8(byte[] bytes, String name, ThresherException.Kind kind) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ThresherException(kind, name + ": not valid UTF-8 text (byte offset "
                    + firstInvalidByte(bytes) + ")");
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
