package dev.thresher;

/**
 * Where a {@link Document} of a batch comes from, before it is read: cheap to hold, so that a
 * batch can list its inputs ahead of the workers without holding their text. {@link #read()}
 * does the work (reading a file, decoding it, parsing a record) on a worker thread. A
 * {@link Document} is its own source.
 */
public interface DocumentSource {
    /** Where the document comes from, for messages: a file, {@code file:line}, or an id. */
    String location();

    /**
     * Its size in bytes if known, else -1; a batch bounds the bytes it holds in flight with it.
     */
    default long size() {
        return -1;
    }

    /**
     * Reads the document.
     *
     * @throws ThresherException of kind INPUT, naming {@link #location()}, when it cannot be read
     */
    Document read();
}
