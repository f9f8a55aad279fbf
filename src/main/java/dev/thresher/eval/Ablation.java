package dev.thresher.eval;

import dev.thresher.TrainerSettings;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import dev.thresher.features.FeatureGroup;
import dev.thresher.model.ModelBundle;
import dev.thresher.model.Pipeline;
import dev.thresher.train.ModelTrainer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Feature ablation: for each feature group in turn, a model is trained on the train split
 * without that group (same settings otherwise) and scored end to end on the evaluated
 * documents; the change in macro-F1 against the full model says what the group earns.
 */
public final class Ablation {
    private Ablation() {
    }

    /**
     * One ablated group.
     *
     * @param group           the group left out
     * @param features        how many features the ablated model knows
     * @param featuresRemoved how many fewer than the full model
     * @param accuracy        end-to-end accuracy without the group
     * @param macroF1         end-to-end macro-F1 without the group
     * @param deltaAccuracy   accuracy change against the full model (negative: the group helps)
     * @param deltaMacroF1    macro-F1 change against the full model (negative: the group helps)
     * @param deltaInterval   95% paired bootstrap interval of the macro-F1 change (documents resampled)
     */
    public record Row(FeatureGroup group, int features, int featuresRemoved, double accuracy, double macroF1,
                      double deltaAccuracy, double deltaMacroF1, Bootstrap.Interval deltaInterval) {
    }

    /**
     * The outcome.
     *
     * @param trainDocuments           documents the models were trained on
     * @param trainHash                their hash
     * @param referenceFeatures        features of the full model
     * @param referenceAccuracy        the full model's end-to-end accuracy
     * @param referenceMacroF1         the full model's end-to-end macro-F1
     * @param referenceIsEvaluatedModel whether the full model is the evaluated model itself
     *                                 (it was trained on the same data and settings) rather
     *                                 than a retrained one
     * @param rows                     one row per group, in {@link FeatureGroup} order
     */
    public record Result(int trainDocuments, String trainHash, int referenceFeatures, double referenceAccuracy,
                         double referenceMacroF1, boolean referenceIsEvaluatedModel, List<Row> rows) {
    }

    /**
     * Ablates every feature group enabled in {@code evaluated}'s configuration.
     *
     * @param evaluated the evaluated model: its features and settings are those ablated
     * @param settings  its training settings
     * @param train     the training documents
     * @param documents the documents to score on
     * @param threads   how many trainings may run at once
     */
    public static Result run(ModelBundle evaluated, TrainerSettings settings, List<LabeledDocument> train,
                             List<LabeledDocument> documents, int threads) {
        FeatureConfig full = evaluated.features();
        String trainHash = ModelTrainer.hash(sorted(train));
        boolean same = trainHash.equals(evaluated.manifest().trainingData())
                && settings.asMap().equals(evaluated.manifest().hyperparameters());
        List<FeatureGroup> groups = new ArrayList<>();
        for (FeatureGroup g : FeatureGroup.values()) {
            if (full.enabled(g)) {
                groups.add(g);
            }
        }
        List<FeatureConfig> configs = new ArrayList<>();
        if (!same) {
            configs.add(full);
        }
        for (FeatureGroup g : groups) {
            Set<FeatureGroup> disabled = EnumSet.of(g);
            disabled.addAll(full.disabled());
            configs.add(new FeatureConfig(full.version(), full.tokenizer(), full.maxNgram(), full.context(), disabled));
        }
        List<Scored> scored = Parallel.map(configs, c -> score(new ModelTrainer(c, settings).train(train), documents),
                threads);
        Scored reference = same ? score(evaluated, documents) : scored.get(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Scored s = scored.get(same ? i : i + 1);
            rows.add(new Row(groups.get(i), s.features, reference.features - s.features, s.scores.accuracy(),
                    s.scores.macroF1(), s.scores.accuracy() - reference.scores.accuracy(),
                    s.scores.macroF1() - reference.scores.macroF1(),
                    Bootstrap.macroF1Difference(s.perDocument, reference.perDocument)));
        }
        return new Result(train.size(), trainHash, reference.features, reference.scores.accuracy(),
                reference.scores.macroF1(), same, rows);
    }

    private record Scored(int features, LabelScores scores, List<int[][]> perDocument) {
    }

    private static Scored score(ModelBundle bundle, List<LabeledDocument> documents) {
        List<DocumentRun> runs = new Evaluator(new Pipeline(bundle)).run(documents);
        return new Scored(bundle.scorer().featureCount(), Evaluator.score(runs).endToEnd(),
                Bootstrap.endToEnd(runs));
    }

    private static List<LabeledDocument> sorted(List<LabeledDocument> documents) {
        List<LabeledDocument> out = new ArrayList<>(documents);
        out.sort(java.util.Comparator.comparing(LabeledDocument::id));
        return out;
    }
}
