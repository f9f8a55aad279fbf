package dev.thresher.cli;

import dev.thresher.Thresher;
import dev.thresher.data.AtomicFiles;
import dev.thresher.data.DatasetReader;
import dev.thresher.data.LabeledDocument;
import dev.thresher.eval.Evaluator;
import dev.thresher.eval.Report;
import dev.thresher.train.ModelTrainer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code thresher evaluate}: scores a model on a labelled folder and writes reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a model on a labelled folder; write report.md and report.json.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--data", defaultValue = "datasets/test", paramLabel = "DIR",
            description = "Folder of labelled documents (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the reports.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<LabeledDocument> documents = DatasetReader.readFolder(data);
        Thresher thresher = common.load();
        Evaluator.Result result = new Evaluator(thresher).evaluate(documents);
        String command = "thresher evaluate --data " + data + (common.model == null ? "" : " --model " + common.model)
                + " --out " + out;
        Report report = new Report(data.toString(), documents.size(), ModelTrainer.hash(documents),
                thresher.manifest(), result, command);
        AtomicFiles.write(out.resolve("report.md"), o -> write(o, report, true));
        AtomicFiles.write(out.resolve("report.json"), o -> write(o, report, false));
        spec.commandLine().getErr().printf("end-to-end accuracy %.3f, macro-F1 %.3f; wrote %s%n",
                result.endToEnd().accuracy(), result.endToEnd().macroF1(), out.resolve("report.md"));
        return Main.OK;
    }

    private static void write(java.io.OutputStream o, Report report, boolean markdown) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        if (markdown) {
            report.writeMarkdown(w);
        } else {
            report.writeJson(w);
        }
        w.flush();
    }
}
