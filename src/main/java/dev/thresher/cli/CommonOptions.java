package dev.thresher.cli;

import dev.thresher.Thresher;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that use a model. */
final class CommonOptions {
    @Option(names = "--model", paramLabel = "FILE",
            description = "Model bundle to use (default: the model shipped in the jar).")
    Path model;

    @Option(names = "--verbose", description = "Log progress and print stack traces on errors.")
    boolean verbose;

    Thresher load() {
        return model == null ? Thresher.loadDefault() : Thresher.load(model);
    }
}
