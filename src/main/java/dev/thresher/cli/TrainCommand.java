package dev.thresher.cli;

import dev.thresher.TrainerSettings;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import dev.thresher.eval.Evaluator;
import dev.thresher.eval.ReportModel;
import dev.thresher.model.BundleIO;
import dev.thresher.model.ModelBundle;
import dev.thresher.model.Pipeline;
import dev.thresher.train.ModelTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code thresher train}: trains a model bundle from a dataset. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model bundle on the train split of a dataset (seeded and deterministic). The shipped "
                + "model is what 'thresher train --out models/default.thresher' writes.")
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    DataOption dataset;

    @Mixin
    ProgressOption progress;

    @Option(names = "--out", defaultValue = "model.thresher", paramLabel = "FILE",
            description = "Where to write the bundle (default: ${DEFAULT-VALUE} in the working folder).")
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

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TrainerSettings settings = settings();
        Path folder = dataset.split("train");
        Progress steps = new Progress(spec.commandLine().getErr(),
                Progress.mode(main.streams().terminal(), progress.progress), -1);
        long start = System.nanoTime();
        steps.step("reading " + folder);
        List<LabeledDocument> documents = DatasetReader.readFolder(folder);
        ModelBundle bundle = new ModelTrainer(FeatureConfig.defaults(), settings, steps::step).train(documents);
        double seconds = (System.nanoTime() - start) / 1e9;
        steps.step("writing " + out);
        BundleIO.write(bundle, out);
        String dev = "";
        Path devFolder = dataset.split("dev");
        if (!devFolder.equals(folder) && java.nio.file.Files.isDirectory(devFolder)) {
            steps.step("scoring " + devFolder);
            List<LabeledDocument> devDocuments = DatasetReader.readFolder(devFolder);
            double macroF1 = new Evaluator(new Pipeline(bundle)).evaluate(devDocuments).endToEnd().macroF1();
            dev = "; dev macro-F1 " + ReportModel.n(macroF1).toPlainString() + " (" + devFolder + ", "
                    + devDocuments.size() + " documents, end to end)";
        }
        steps.finish(false);
        spec.commandLine().getOut().printf(Locale.ROOT, "trained on %d documents (%d sentences) from %s, %d epochs%s, "
                        + "in %.0f s%s; wrote %s%n", bundle.manifest().documents(), bundle.manifest().sentences(), folder,
                settings.epochs(), settings.documentFolds() > 0 ? " per model (" + (settings.documentFolds() + 1)
                        + " sentence-stage models for the document stage's cross-fitting, then the document stage)" : "",
                seconds, dev, out);
        return Main.OK;
    }

    /** The default model's settings with the options given; invalid values are usage errors. */
    private TrainerSettings settings() {
        TrainerSettings d = TrainerSettings.defaults();
        try {
            return new TrainerSettings(seed == null ? d.seed() : seed, epochs == null ? d.epochs() : epochs,
                    learningRate == null ? d.learningRate() : learningRate, d.epsilon(), d.minibatch(), d.isolated(),
                    documentFolds == null ? d.documentFolds() : documentFolds,
                    minFeatureCount == null ? d.minFeatureCount() : minFeatureCount);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
