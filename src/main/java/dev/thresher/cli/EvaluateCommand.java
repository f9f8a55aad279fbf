package dev.thresher.cli;

import dev.thresher.Thresher;
import dev.thresher.data.AtomicFiles;
import dev.thresher.eval.BaselineComparison;
import dev.thresher.eval.EvaluationData;
import dev.thresher.eval.Report;
import dev.thresher.eval.ReportBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code thresher evaluate}: scores a model on a labelled folder and writes reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a model on a labelled folder; write report.md, report.json and report.html.",
            "When DIR is a split of a dataset (e.g. datasets/test), the dataset's train split trains the "
                + "baselines and the ablation models, and train+dev are cross-validated; DIR itself is never "
                + "trained on (unless it is the train split, which the report flags)."})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--data", defaultValue = "datasets/test", paramLabel = "DIR",
            description = "Folder of labelled documents (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the reports.")
    Path out;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Cross-validation folds on train+dev (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--no-cv", description = "Skip cross-validation.")
    boolean noCv;

    @Option(names = "--ablate", description = "Also retrain without each feature group in turn and report the "
            + "macro-F1 change (one training per group).")
    boolean ablate;

    @Option(names = "--threads", paramLabel = "N",
            description = "Trainings run at once for cross-validation and ablation (default: processors).")
    Integer threads;

    @Option(names = "--sample", paramLabel = "ID",
            description = "Document to show highlighted in report.html (default: a typical one).")
    String sample;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (folds < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--folds must be at least 2, not " + folds);
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, not " + threadCount);
        }
        EvaluationData evaluationData = EvaluationData.locate(data);
        Thresher thresher = common.load();
        String source = common.model == null ? "default model (in the jar)" : common.model.toString();
        ReportBuilder builder = new ReportBuilder(common.verbose ? m -> {
            err.println("thresher: " + m);
            err.flush();
        } : m -> { });
        Report report = builder.build(thresher, source, evaluationData, CommandLines.of(spec), new ReportBuilder.Options(
                !noCv, folds, ablate, threadCount, sample));
        AtomicFiles.write(out.resolve("report.md"), o -> write(o, report::writeMarkdown));
        AtomicFiles.write(out.resolve("report.json"), o -> write(o, report::writeJson));
        AtomicFiles.write(out.resolve("report.html"), o -> write(o, report::writeHtml));
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "end-to-end accuracy %.3f, macro-F1 %.3f; clean-text F1 %.3f",
                report.scores().endToEnd().accuracy(), report.scores().endToEnd().macroF1(), report.cleaning().f1()));
        for (BaselineComparison.Entry e : report.baselines().entries()) {
            summary.append(String.format(Locale.ROOT, "; %+.3f over %s", e.lead(), e.name()));
        }
        if (report.crossValidation() != null) {
            summary.append(String.format(Locale.ROOT, "; CV macro-F1 %.3f ± %.3f",
                    report.crossValidation().macroF1().mean(), report.crossValidation().macroF1().std()));
        }
        err.println(summary + "; wrote " + out.resolve("report.md") + ", report.json, report.html");
        return Main.OK;
    }

    /** What renders into a writer. */
    interface Render {
        void to(Writer w) throws IOException;
    }

    static void write(OutputStream o, Render render) throws IOException {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        render.to(w);
        w.flush();
    }
}
