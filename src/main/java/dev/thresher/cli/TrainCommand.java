package dev.thresher.cli;

import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import dev.thresher.model.BundleIO;
import dev.thresher.model.ModelBundle;
import dev.thresher.train.ModelTrainer;
import dev.thresher.train.TrainerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code thresher train}: trains a model bundle from a dataset. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model bundle on the train split of a dataset (seeded and deterministic).")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "datasets", paramLabel = "DIR",
            description = "Dataset folder; its train/ subfolder is used if it has one (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "models/default.thresher", paramLabel = "FILE",
            description = "Where to write the bundle (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the default model's).")
    Long seed;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data (default: the default model's).")
    Integer epochs;

    @Option(names = "--learning-rate", paramLabel = "R",
            description = "AdaGrad initial learning rate (default: the default model's).")
    Double learningRate;

    @Option(names = "--document-folds", paramLabel = "K",
            description = "Folds for cross-fitting the document stage; 0 trains the sentence stage alone"
                    + " (default: the default model's).")
    Integer documentFolds;

    @Option(names = "--min-feature-count", paramLabel = "N",
            description = "Leave out sentence-stage features seen in fewer than N training sentences"
                    + " (default: the default model's).")
    Integer minFeatureCount;

    @Option(names = "--verbose", description = "Log training progress and print stack traces on errors.")
    boolean verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = Files.isDirectory(data.resolve("train")) ? data.resolve("train") : data;
        List<LabeledDocument> documents = DatasetReader.readFolder(folder);
        TrainerSettings d = TrainerSettings.defaults();
        TrainerSettings settings = new TrainerSettings(seed == null ? d.seed() : seed,
                epochs == null ? d.epochs() : epochs, learningRate == null ? d.learningRate() : learningRate,
                d.epsilon(), d.minibatch(), d.isolated(),
                documentFolds == null ? d.documentFolds() : documentFolds,
                minFeatureCount == null ? d.minFeatureCount() : minFeatureCount);
        ModelBundle bundle = new ModelTrainer(FeatureConfig.defaults(), settings).train(documents);
        BundleIO.write(bundle, out);
        spec.commandLine().getErr().printf("trained on %d documents (%d sentences) from %s; wrote %s%n",
                bundle.manifest().documents(), bundle.manifest().sentences(), folder, out);
        return Main.OK;
    }
}
