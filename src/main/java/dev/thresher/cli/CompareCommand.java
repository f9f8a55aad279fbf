package dev.thresher.cli;

import dev.thresher.data.AtomicFiles;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.data.GoldTable;
import dev.thresher.eval.ComparisonReport;
import dev.thresher.eval.GoldComparison;
import dev.thresher.eval.GoldEvaluation;
import dev.thresher.eval.LabelMapping;
import dev.thresher.model.Pipeline;
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

    @Option(names = "--map", paramLabel = "OURS=GOLD,...",
            description = "For a gold.tsv folder with its own labels: how our labels are scored (as in evaluate).")
    String map;

    @Option(names = "--strict", description = "For a gold.tsv folder: also score the rows flagged as debatable.")
    boolean strict;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path data = dataset.split(split);
        LabelMapping mapping = EvaluateCommand.mapping(spec, map);
        if (GoldTable.isGoldFolder(data)) {
            GoldTable table = GoldTable.read(data);
            Pipeline pa = ModelOption.loadPipeline(a);
            Pipeline pb = ModelOption.loadPipeline(b);
            String command = CommandLines.of(spec);
            GoldEvaluation ea = GoldEvaluation.run(table, pa::classify, mapping, strict, null,
                    EvaluateCommand.provenance(pa, ModelOption.describe(a), data, command));
            GoldEvaluation eb = GoldEvaluation.run(table, pb::classify, mapping, strict, null,
                    EvaluateCommand.provenance(pb, ModelOption.describe(b), data, command));
            print(ComparisonReport.model(new GoldComparison(a, b, pa.bundle().manifest(), pb.bundle().manifest(), ea, eb)));
            return Main.OK;
        }
        if (!mapping.isIdentity() || strict) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), (strict ? "--strict" : "--map")
                    + " is for a folder with " + GoldTable.FILE + "; " + data + " has none");
        }
        List<LabeledDocument> documents = DatasetReader.readFolder(data);
        ModelComparison comparison = ModelComparison.of(a, ModelOption.loadPipeline(a), b,
                ModelOption.loadPipeline(b), data.toString(), documents);
        print(ComparisonReport.model(comparison));
        return Main.OK;
    }

    private void print(ReportModel report) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            EvaluateCommand.writeAll(out, "compare", report);
        }
        MarkdownRenderer.write(out == null ? report : report.without("disagreements"), stdout);
    }
}
