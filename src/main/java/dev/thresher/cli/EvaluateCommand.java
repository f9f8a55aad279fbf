package dev.thresher.cli;

import dev.thresher.data.AtomicFiles;
import dev.thresher.eval.EvaluationData;
import dev.thresher.eval.HtmlRenderer;
import dev.thresher.eval.JsonRenderer;
import dev.thresher.eval.MarkdownRenderer;
import dev.thresher.eval.Report;
import dev.thresher.eval.ReportBuilder;
import dev.thresher.eval.ReportModel;
import dev.thresher.model.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code thresher evaluate}: scores a model on a labelled folder and writes reports. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a model on a labelled folder; write report.md, report.json and report.html and print "
                + "a summary.",
            "DIR is a dataset (its --split is scored) or a split or other labelled folder. When it is a split of a "
                + "dataset, the dataset's train split trains the baselines and the ablation models, and train+dev "
                + "are cross-validated; the scored folder itself is never trained on (unless it is the train split, "
                + "which the report flags)."})
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ModelOption model;

    @Mixin
    DataOption dataset;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progress;

    @Option(names = "--split", defaultValue = "test", paramLabel = "NAME",
            description = "The split scored when DIR is a dataset (default: ${DEFAULT-VALUE}).")
    String split;

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

    @Option(names = "--sample", paramLabel = "ID",
            description = "Document to show highlighted in report.html (default: a typical one).")
    String sample;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (folds < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--folds must be at least 2, not " + folds);
        }
        EvaluationData evaluationData = EvaluationData.locate(dataset.split(split));
        Pipeline pipeline = model.loadPipeline();
        Progress steps = new Progress(spec.commandLine().getErr(),
                Progress.mode(main.streams().terminal(), progress.progress), -1);
        Report report = new ReportBuilder(steps::step).build(pipeline, model.describe(), evaluationData,
                CommandLines.of(spec), new ReportBuilder.Options(!noCv, folds, ablate, threads.threads(), sample));
        steps.step("writing the reports");
        ReportModel model = report.model();
        writeAll(out, "report", model);
        steps.finish(false);
        spec.commandLine().getOut().println(summary(model) + "; wrote " + out.resolve("report.md") + ", report.json, "
                + "report.html");
        return Main.OK;
    }

    /** Writes {@code NAME.md}, {@code NAME.json} and {@code NAME.html} of {@code model} into {@code out}. */
    static void writeAll(Path out, String name, ReportModel model) throws IOException {
        AtomicFiles.write(out.resolve(name + ".md"), o -> write(o, w -> MarkdownRenderer.write(model, w)));
        AtomicFiles.write(out.resolve(name + ".json"), o -> write(o, w -> JsonRenderer.write(model, w)));
        AtomicFiles.write(out.resolve(name + ".html"), o -> write(o, w -> HtmlRenderer.write(model, w)));
    }

    private static final java.util.regex.Pattern SUMMARY = java.util.regex.Pattern.compile(
            "endToEnd\\.(macroF1|accuracy)|cleaning\\.f1|lead\\..*|crossValidation\\.macroF1");

    /** The main headline figures on one line, as the report writes them. */
    static String summary(ReportModel model) {
        StringBuilder s = new StringBuilder();
        for (ReportModel.Figure f : model.headline()) {
            if (!SUMMARY.matcher(f.key()).matches()) {
                continue;
            }
            s.append(s.length() == 0 ? "" : "; ").append(f.name()).append(' ')
                    .append(ReportModel.text(f.value(), f.kind()));
        }
        return s.toString();
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
