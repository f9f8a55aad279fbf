package dev.thresher.cli;

import dev.thresher.data.AtomicFiles;
import dev.thresher.data.GoldTable;
import dev.thresher.eval.EvaluationData;
import dev.thresher.eval.GoldEvaluation;
import dev.thresher.eval.Judgement;
import dev.thresher.eval.LabelMapping;
import dev.thresher.eval.PredictionsFile;
import dev.thresher.eval.Provenance;
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
import java.util.List;
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
            "DIR is a dataset (its --split is scored), a split or other labelled folder, or a folder holding gold.tsv "
                + "(doc, label, flag, text) and docs/ (see --map and --strict). When it is a split of a "
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

    @Option(names = "--map", paramLabel = "OURS=GOLD,...",
            description = "For a gold.tsv folder with its own labels: how our labels are scored, e.g. "
                    + "CLAIM=CONTENT,QUOTATION=CONTENT,OPINION=CONTENT (unmapped labels stay themselves).")
    String map;

    @Option(names = "--strict", description = "For a gold.tsv folder: also score the rows flagged as debatable.")
    boolean strict;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write every gold sentence's prediction as JSON Lines: doc, start, end (UTF-16 "
                    + "offsets), gold, predicted, confidence, scores, text.")
    Path predictions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (folds < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--folds must be at least 2, not " + folds);
        }
        Path folder = dataset.split(split);
        LabelMapping mapping = mapping(spec, map);
        Progress steps = new Progress(spec.commandLine().getErr(),
                Progress.mode(main.streams().terminal(), progress.progress), -1);
        if (GoldTable.isGoldFolder(folder)) {
            GoldTable table = GoldTable.read(folder);
            Pipeline pipeline = model.loadPipeline();
            steps.step("classifying " + table.documents().size() + " documents");
            GoldEvaluation evaluation = GoldEvaluation.run(table, pipeline::classify, mapping, strict, sample,
                    provenance(pipeline, model.describe(), folder, CommandLines.of(spec)));
            steps.step("writing the reports");
            finish(evaluation.model(), evaluation.judgements(), steps);
            return Main.OK;
        }
        if (!mapping.isIdentity() || strict) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), (strict ? "--strict" : "--map")
                    + " is for a folder with " + GoldTable.FILE + "; " + folder + " has none");
        }
        EvaluationData evaluationData = EvaluationData.locate(folder);
        Pipeline pipeline = model.loadPipeline();
        Report report = new ReportBuilder(steps::step).build(pipeline, model.describe(), evaluationData,
                CommandLines.of(spec), new ReportBuilder.Options(!noCv, folds, ablate, threads.threads(), sample));
        steps.step("writing the reports");
        finish(report.model(), report.judgements(), steps);
        return Main.OK;
    }

    private void finish(ReportModel report, List<Judgement> judgements, Progress steps) throws IOException {
        writeAll(out, "report", report);
        if (predictions != null) {
            AtomicFiles.write(predictions, o -> write(o, w -> PredictionsFile.write(judgements, w)));
        }
        steps.finish(false);
        spec.commandLine().getOut().println(summary(report) + "; wrote " + out.resolve("report.md") + ", report.json, "
                + "report.html" + (predictions == null ? "" : ", " + predictions));
    }

    /** The {@code --map} option's mapping, or a usage error naming what is wrong. */
    static LabelMapping mapping(picocli.CommandLine.Model.CommandSpec spec, String map) {
        try {
            return LabelMapping.parse(map);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--map: " + e.getMessage());
        }
    }

    /** What a gold-folder report records about its run (the data hash is filled in by the evaluation). */
    static Provenance provenance(Pipeline pipeline, String source, Path folder, String command) {
        return new Provenance(pipeline.bundle().manifest(), source, folder.toString(), null, command,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), 0);
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
