package dev.thresher;

/**
 * A failure Thresher reports to its caller with a message fit to show a user: a missing or
 * unreadable model, a malformed dataset, an unusable input. The message names the file (and
 * line) at fault.
 */
public class ThresherException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of failure, so that callers such as the CLI can choose an exit code. */
    public enum Kind { INPUT, MODEL, DATA }

    private final Kind kind;

    public ThresherException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ThresherException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** What went wrong: the input, the model or the dataset. */
    public Kind kind() {
        return kind;
    }
}
