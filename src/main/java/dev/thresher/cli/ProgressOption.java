package dev.thresher.cli;

import picocli.CommandLine.Option;

/** {@code --progress}: show progress on standard error even when it would not be by default. */
final class ProgressOption {
    @Option(names = "--progress",
            description = "Show progress on standard error even when it is not a terminal (as plain lines) or "
                    + "when standard output is the same terminal.")
    boolean progress;
}
