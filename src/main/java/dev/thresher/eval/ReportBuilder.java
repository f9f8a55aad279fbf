package dev.thresher.eval;

import dev.thresher.CleaningPolicy;
import dev.thresher.TrainerSettings;
import dev.thresher.data.DataSummary;
import dev.thresher.model.Pipeline;
import dev.thresher.train.ModelTrainer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Computes every section of an evaluation {@link Report} in one run. Nothing here trains on the
 * evaluated folder: baselines, cross-validation and ablation use the train (and dev) split of
 * the dataset around it, and say so when there is none.
 */
public final class ReportBuilder {
    private final Consumer<String> progress;

    /** A builder that reports what it is doing to {@code progress} (for instance a verbose CLI). */
    public ReportBuilder(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * What to compute.
     *
     * @param crossValidate  whether to cross-validate on train+dev
     * @param folds          the number of folds
     * @param ablate         whether to run the feature ablation (trains one model per group)
     * @param threads        how many trainings may run at once
     * @param sampleDocument the id of the document to show in the HTML report, or {@code null}
     *                       to pick one
     */
    public record Options(boolean crossValidate, int folds, boolean ablate, int threads, String sampleDocument) {
        /** Checks the ranges. */
        public Options {
            if (folds < 2) {
                throw new IllegalArgumentException("folds must be at least 2, not " + folds);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
        }

        /** Cross-validation with 5 folds, no ablation, one thread per processor. */
        public static Options defaults() {
            return new Options(true, 5, false, Runtime.getRuntime().availableProcessors(), null);
        }
    }

    /**
     * Evaluates {@code thresher} on {@code data}.
     *
     * @param modelSource where the model came from, for the provenance
     * @param command     the command line, for the provenance
     */
    public Report build(Pipeline thresher, String modelSource, EvaluationData data, String command,
                        Options options) {
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> skipped = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String folder = data.folder().toString();

        progress.accept("classifying " + data.documents().size() + " documents");
        List<DocumentRun> runs = new Evaluator(thresher).run(data.documents());
        Evaluator.Result scores = Evaluator.score(runs);
        List<Judgement> judgements = Judgement.of(runs);

        progress.accept("scoring clean()");
        CleaningScores cleaning = CleaningScores.of(data.documents(), text -> CleaningPolicy.DEFAULT.apply(text, thresher.classify(text)).text());
        CleaningScores keepEverything = CleaningScores.of(data.documents(), text -> text);

        progress.accept("running baselines");
        List<Baseline> baselines = new ArrayList<>();
        if (data.train().isEmpty()) {
            notes.add("The majority and OpenNLP baselines need a train split next to " + folder
                    + " and were skipped; only the keyword baseline (no training) is shown.");
        } else {
            String trainedOn = describe(data.splitName("train"), data.train());
            baselines.add(MajorityBaseline.fit(data.train(), trainedOn));
        }
        baselines.add(new KeywordBaseline());
        if (!data.train().isEmpty()) {
            baselines.add(DoccatBaseline.train(data.train(),
                    describe(data.splitName("train"), data.train())));
        }
        BaselineComparison comparison = BaselineComparison.run(runs, baselines);

        int inTrain = data.overlapWith(data.train());
        if (inTrain > 0) {
            notes.add(inTrain + " of the " + data.documents().size() + " evaluated documents are in the train split: "
                    + "scores on training data overstate accuracy.");
        }

        TrainerSettings settings = settings(thresher, notes);
        CrossValidation.Result cv = null;
        if (!options.crossValidate()) {
            skipped.put(Report.CROSS_VALIDATION, "not requested (--no-cv)");
        } else if (data.trainAndDev().size() < options.folds()) {
            skipped.put(Report.CROSS_VALIDATION, "needs at least " + options.folds()
                    + " documents in the train and dev splits next to " + folder + ", found "
                    + data.trainAndDev().size());
        } else {
            progress.accept("cross-validating: " + options.folds() + " folds of " + data.trainAndDev().size()
                    + " documents");
            cv = CrossValidation.run(data.trainAndDev(), options.folds(), thresher.bundle().features(), settings,
                    options.threads());
            notes.add("Cross-validation folds are drawn by document, so one site's documents can be on both sides "
                    + "of a fold; the test split holds out whole sites and topics and is the harder measure.");
        }

        Ablation.Result ablation = null;
        if (!options.ablate()) {
            skipped.put(Report.ABLATION, "not requested (run evaluate --ablate)");
        } else if (data.train().isEmpty()) {
            skipped.put(Report.ABLATION, "needs a train split next to " + folder);
        } else {
            progress.accept("ablating feature groups (one training per group)");
            ablation = Ablation.run(thresher.bundle(), settings, data.train(), data.documents(), options.threads());
            notes.add("The ablation is measured on the evaluated documents: choosing feature groups by it would tune "
                    + "on them. Decide on the dev split (evaluate --data datasets/dev --ablate) and confirm on test; "
                    + "changes inside their 95% interval are noise.");
        }

        Provenance provenance = new Provenance(thresher.bundle().manifest(), modelSource, folder,
                ModelTrainer.hash(data.documents()), command, System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")", now.toString(), (System.nanoTime() - started) / 1e9);
        return new Report(provenance, DataSummary.of(data.documents(), data.metadata()), scores,
                Bootstrap.macroF1(Bootstrap.endToEnd(runs)), cleaning, keepEverything, comparison, cv, Reliability.endToEnd(runs),
                ErrorAnalysis.of(runs, new ErrorReasons(thresher)), ablation,
                SampleDocument.pick(SampleDocument.candidates(runs), options.sampleDocument(), SAMPLES, l -> l),
                judgements, views(judgements, data.metadata()), skipped, notes);
    }

    /** How many sample documents the HTML report shows. */
    public static final int SAMPLES = 3;

    private static Views views(List<Judgement> judgements, Map<String, dev.thresher.data.Corpus.DocumentInfo> metadata) {
        return Views.of(Sections.names(), judgements,
                id -> metadata.containsKey(id) ? metadata.get(id).genre() : null,
                id -> metadata.containsKey(id) ? metadata.get(id).site() : null);
    }

    /** The evaluated model's training settings, or the defaults (with a note) if its manifest lacks them. */
    private static TrainerSettings settings(Pipeline thresher, List<String> notes) {
        try {
            return TrainerSettings.fromMap(thresher.bundle().manifest().hyperparameters());
        } catch (IllegalArgumentException e) {
            notes.add("The model's manifest does not give its training settings (" + e.getMessage()
                    + "); cross-validation and ablation use the default settings.");
            return TrainerSettings.defaults();
        }
    }

    private static String describe(String folder, List<dev.thresher.data.LabeledDocument> documents) {
        int sentences = 0;
        for (var d : documents) {
            sentences += d.sentences().size();
        }
        return folder + " (" + documents.size() + " documents, " + sentences + " sentences)";
    }
}
