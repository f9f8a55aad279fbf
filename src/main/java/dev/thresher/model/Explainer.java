package dev.thresher.model;

import dev.thresher.Explanation;
import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.document.DocumentFeatures;
import dev.thresher.features.FeatureDescriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds {@link Explanation}s from a bundle's weights: for each stage and label, weight × value
 * of every feature the sentence has. Runs only when an explanation is asked for. Thread-safe.
 */
public final class Explainer {
    private final LinearScorer sentenceScorer;
    private final LinearScorer documentScorer;
    /** Descriptions by feature name: a page's sentences share most of their features. */
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();

    /** An explainer over the weights of {@code bundle}. */
    public Explainer(ModelBundle bundle) {
        this.sentenceScorer = bundle.scorer();
        this.documentScorer = bundle.documentScorer().orElse(null);
    }

    /**
     * Explains labelled sentences of one document.
     *
     * @param ids              their sentence-stage feature ids
     * @param documentFeatures their document-stage features, or null for a bundle without that stage
     * @param labelled         their labels, as {@link Pipeline#label} gives them
     */
    public List<Explanation> explain(int[][] ids, double[][] documentFeatures, List<LabeledSentence> labelled) {
        List<Explanation> out = new ArrayList<>(labelled.size());
        for (int i = 0; i < labelled.size(); i++) {
            LabeledSentence s = labelled.get(i);
            Label runnerUp = runnerUp(s);
            List<Explanation.Evidence> evidence = new ArrayList<>(4);
            if (documentScorer != null) {
                evidence.add(documentEvidence(s.label(), documentFeatures[i]));
                evidence.add(documentEvidence(runnerUp, documentFeatures[i]));
            }
            evidence.add(sentenceEvidence(s.label(), ids[i]));
            evidence.add(sentenceEvidence(runnerUp, ids[i]));
            out.add(new Explanation(s, runnerUp, evidence));
        }
        return out;
    }

    private static Label runnerUp(LabeledSentence s) {
        Label best = null;
        for (Label label : Label.values()) {
            if (label != s.label() && (best == null || s.scores().get(label) > s.scores().get(best))) {
                best = label;
            }
        }
        return best;
    }

    private Explanation.Evidence sentenceEvidence(Label label, int[] ids) {
        int k = sentenceScorer.labels().indexOf(label.name());
        List<Explanation.Contribution> contributions = new ArrayList<>(ids.length);
        double sum = sentenceScorer.bias(k);
        for (int id : ids) {
            double c = sentenceScorer.weight(k, id);
            sum += c;
            if (c != 0.0) {
                String name = sentenceScorer.featureName(id);
                contributions.add(new Explanation.Contribution(name,
                        descriptions.computeIfAbsent(name, FeatureDescriptions::describe), 1.0, c));
            }
        }
        contributions.sort(Explanation.BY_MAGNITUDE);
        return new Explanation.Evidence(label, Explanation.Stage.SENTENCE, sum, sentenceScorer.bias(k), contributions);
    }

    private Explanation.Evidence documentEvidence(Label label, double[] values) {
        int k = documentScorer.labels().indexOf(label.name());
        List<String> names = DocumentFeatures.names();
        List<Explanation.Contribution> contributions = new ArrayList<>();
        double sum = documentScorer.bias(k);
        for (int f = 0; f < values.length; f++) {
            int id = documentScorer.featureId(names.get(f));
            if (id >= 0 && values[f] != 0.0) {
                double c = documentScorer.weight(k, id) * values[f];
                sum += c;
                if (c != 0.0) {
                    contributions.add(new Explanation.Contribution(names.get(f),
                            descriptions.computeIfAbsent(names.get(f), DocumentFeatures::describe), values[f], c));
                }
            }
        }
        contributions.sort(Explanation.BY_MAGNITUDE);
        return new Explanation.Evidence(label, Explanation.Stage.DOCUMENT, sum, documentScorer.bias(k), contributions);
    }
}
