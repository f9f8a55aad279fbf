package dev.thresher.cli;

import dev.thresher.Thresher;
import dev.thresher.model.Pipeline;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model}: the model bundle a command uses. */
final class ModelOption {
    @Option(names = "--model", paramLabel = "FILE", defaultValue = "default",
            description = "Model bundle to use, or 'default' for the model shipped in the jar (default: "
                    + "${DEFAULT-VALUE}).")
    String model;

    /** The model through the public API. */
    Thresher load() {
        return isDefault(model) ? Thresher.loadDefault() : Thresher.load(Path.of(model));
    }

    /** The model with the internals evaluation needs. */
    Pipeline loadPipeline() {
        return loadPipeline(model);
    }

    /** What the reports call the model. */
    String describe() {
        return describe(model);
    }

    static Pipeline loadPipeline(String model) {
        return isDefault(model) ? Pipeline.loadDefault() : Pipeline.load(Path.of(model));
    }

    static String describe(String model) {
        return isDefault(model) ? "default model (in the jar)" : model;
    }

    static boolean isDefault(String model) {
        return model.equals("default");
    }
}
