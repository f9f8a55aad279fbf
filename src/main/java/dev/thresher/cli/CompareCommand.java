package dev.thresher.cli;

import dev.thresher.data.AtomicFiles;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.eval.ComparisonReport;
import dev.thresher.eval.MarkdownRenderer;
import dev.thresher.eval.ReportModel;
import dev.thresher.eval.ModelComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code thresher compare A B}: two model bundles on the same labelled folder. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Score two model bundles on the same labelled folder and show the per-label differences "
                + "(B - A), the sentences only one gets right, and whether the difference is significant.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "First model bundle, or 'default' for the shipped model.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Second model bundle, or 'default'.")
    String b;

    @Mixin
    DataOption dataset;

    @Option(names = "--split", defaultValue = "test", paramLabel = "NAME",
            description = "The split scored when DIR is a dataset (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write compare.md, compare.json and compare.html to this folder.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path data = dataset.split(split);
        List<LabeledDocument> documents = DatasetReader.readFolder(data);
        ModelComparison comparison = ModelComparison.of(a, ModelOption.loadPipeline(a), b,
                ModelOption.loadPipeline(b), data.toString(), documents);
        PrintWriter stdout = spec.commandLine().getOut();
        ReportModel report = ComparisonReport.model(comparison);
        if (out != null) {
            EvaluateCommand.writeAll(out, "compare", report);
        }
        MarkdownRenderer.write(out == null ? report : report.without("disagreements"), stdout);
        return Main.OK;
    }
}
