package dev.thresher.eval;

import dev.thresher.TrainerSettings;
import dev.thresher.data.LabeledDocument;
import dev.thresher.features.FeatureConfig;
import dev.thresher.model.Pipeline;
import dev.thresher.train.ModelTrainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation by document: documents (in id order) are shuffled with the training
 * seed and dealt round-robin into k folds; each fold is scored end to end by a model trained,
 * with the evaluated model's features and settings, on the other k-1 folds. Folds run in
 * parallel but every fold is deterministic, so the result is too.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** One fold's figures. */
    public record Fold(int fold, int trainDocuments, int testDocuments, int testSentences, double accuracy,
                       double macroF1) {
    }

    /** Mean and sample standard deviation (n - 1) over the folds. */
    public record Summary(double mean, double std) {
        static Summary of(List<Double> values) {
            double mean = 0;
            for (double v : values) {
                mean += v;
            }
            mean /= values.size();
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            return new Summary(mean, values.size() < 2 ? 0 : Math.sqrt(ss / (values.size() - 1)));
        }
    }

    /**
     * The outcome.
     *
     * @param k         number of folds
     * @param seed      the shuffling seed
     * @param documents documents cross-validated
     * @param sentences their gold sentences
     * @param dataHash  hash of the documents
     * @param folds     each fold's figures
     * @param accuracy  accuracy over the folds
     * @param macroF1   macro-F1 over the folds
     */
    public record Result(int k, long seed, int documents, int sentences, String dataHash, List<Fold> folds,
                         Summary accuracy, Summary macroF1) {
    }

    /**
     * The fold of each document of {@code documents} (taken in id order): a seeded shuffle dealt
     * round-robin, so fold sizes differ by at most one.
     */
    public static List<List<LabeledDocument>> folds(List<LabeledDocument> documents, int k, long seed) {
        if (k < 2 || k > documents.size()) {
            throw new IllegalArgumentException("cannot make " + k + " folds of " + documents.size()
                    + " documents (need 2 <= folds <= documents)");
        }
        List<LabeledDocument> order = new ArrayList<>(documents);
        order.sort(Comparator.comparing(LabeledDocument::id));
        Collections.shuffle(order, new Random(seed));
        List<List<LabeledDocument>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < order.size(); i++) {
            folds.get(i % k).add(order.get(i));
        }
        for (List<LabeledDocument> fold : folds) {
            fold.sort(Comparator.comparing(LabeledDocument::id));
        }
        return folds;
    }

    /** Cross-validates {@code documents} in {@code k} folds on at most {@code threads} threads. */
    public static Result run(List<LabeledDocument> documents, int k, FeatureConfig features,
                             TrainerSettings settings, int threads) {
        List<List<LabeledDocument>> folds = folds(documents, k, settings.seed());
        List<Integer> indexes = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            indexes.add(f);
        }
        List<Fold> results = Parallel.map(indexes, f -> {
            List<LabeledDocument> train = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    train.addAll(folds.get(g));
                }
            }
            Pipeline model = new Pipeline(new ModelTrainer(features, settings).train(train));
            LabelScores scores = new Evaluator(model).evaluate(folds.get(f)).endToEnd();
            return new Fold(f + 1, train.size(), folds.get(f).size(), scores.sentences(), scores.accuracy(),
                    scores.macroF1());
        }, threads);
        int sentences = 0;
        for (LabeledDocument d : documents) {
            sentences += d.sentences().size();
        }
        List<LabeledDocument> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(LabeledDocument::id));
        return new Result(k, settings.seed(), documents.size(), sentences, ModelTrainer.hash(sorted), results,
                Summary.of(results.stream().map(Fold::accuracy).toList()),
                Summary.of(results.stream().map(Fold::macroF1).toList()));
    }
}
