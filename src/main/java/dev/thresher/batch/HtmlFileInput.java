package dev.thresher.batch;

import dev.thresher.Document;
import dev.thresher.DocumentSource;
import dev.thresher.ThresherException;
import dev.thresher.data.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A web page file as one document: its text as {@link dev.thresher.html.HtmlText} extracts it, decoded as the page
 * declares (byte-order mark, {@code <meta charset>}, else UTF-8).
 *
 * @param id   its name in output
 * @param file the file
 * @param size its size in bytes, or -1 if unknown
 */
public record HtmlFileInput(String id, Path file, long size) implements DocumentSource {
    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public Document read() {
        byte[] bytes;
        try {
            long length = Files.size(file);
            if (length > TextFiles.MAX_BYTES) {
                throw new ThresherException(ThresherException.Kind.INPUT, file + ": " + length / (1024 * 1024)
                        + " MiB is larger than the " + TextFiles.MAX_BYTES / (1024 * 1024)
                        + " MiB limit for one document");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ThresherException(ThresherException.Kind.INPUT, file + ": no such file");
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.INPUT, file + ": cannot read: " + e.getMessage(), e);
        }
        return Document.fromHtml(id, bytes, file.toString());
    }
}
