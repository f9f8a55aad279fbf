package dev.thresher.batch;

import dev.thresher.ThresherException;

/**
 * One document of a batch before it is read and decoded: cheap to hold, so that a reader can
 * list inputs ahead of the workers without holding their text. {@link #read()} does the work
 * (reading a file, decoding UTF-8, parsing a JSON record) and may run on any thread.
 */
public interface Input {
    /** Where the document comes from, for messages: a file, or {@code file:line}. */
    String location();

    /** Its size in bytes if known, else -1; used to bound the work in flight and for progress. */
    long size();

    /**
     * Reads and decodes the document.
     *
     * @throws ThresherException of kind INPUT, with {@link #location()} in its message, when it
     *                           cannot be read or decoded
     */
    Document read();
}
