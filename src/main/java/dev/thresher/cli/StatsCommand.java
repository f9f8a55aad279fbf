package dev.thresher.cli;

import dev.thresher.data.Corpus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code thresher stats}: validates a dataset and prints its statistics per split. */
@Command(name = "stats", aliases = "dataset-stats", mixinStandardHelpOptions = true,
        description = "Validate a dataset and print documents, sentences, label shares, genres, topics and sites "
                + "per split.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    DataOption dataset;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Corpus.read(dataset.folder()).statistics().forEach(out::println);
        out.flush();
        return Main.OK;
    }
}
