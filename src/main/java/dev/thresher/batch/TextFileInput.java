package dev.thresher.batch;

import dev.thresher.Document;
import dev.thresher.DocumentSource;
import dev.thresher.ThresherException;
import dev.thresher.data.TextFiles;
import java.nio.file.Path;

/**
 * A UTF-8 text file as one document.
 *
 * @param id   its name in output
 * @param file the file
 * @param size its size in bytes, or -1 if unknown
 */
public record TextFileInput(String id, Path file, long size) implements DocumentSource {
    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public Document read() {
        return new Document(id, TextFiles.readUtf8(file, ThresherException.Kind.INPUT));
    }
}
