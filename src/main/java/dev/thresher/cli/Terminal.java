package dev.thresher.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which standard streams are terminals: decides whether to read standard input when no INPUT is
 * given and how to show progress.
 *
 * @param stdin  standard input is a terminal
 * @param stdout standard output is a terminal
 * @param stderr standard error is a terminal
 */
record Terminal(boolean stdin, boolean stdout, boolean stderr) {
    /** None of the streams is a terminal: how tests and pipelines run. */
    static final Terminal NONE = new Terminal(false, false, false);

    /**
     * This process's streams: on Linux from where file descriptors 0-2 point; elsewhere, a console
     * means all three are terminals.
     */
    static Terminal detect() {
        Boolean in = isTerminal(0);
        if (in == null) {
            boolean console = System.console() != null;
            return new Terminal(console, console, console);
        }
        return new Terminal(in, Boolean.TRUE.equals(isTerminal(1)), Boolean.TRUE.equals(isTerminal(2)));
    }

    /** Whether file descriptor {@code fd} is a terminal device, or null when that cannot be told. */
    private static Boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }
}
