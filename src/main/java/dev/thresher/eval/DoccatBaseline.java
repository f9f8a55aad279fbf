package dev.thresher.eval;

import dev.thresher.Label;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import dev.thresher.segment.WordTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP's own {@code DocumentCategorizerME}, the tool a Java user would reach for first: each
 * gold sentence of the training data is a "document" whose bag of words (OpenNLP
 * {@code SimpleTokenizer} tokens, lower-cased) predicts its label with a maximum-entropy model.
 * The training parameters are fixed ({@link #ITERATIONS} GIS iterations, feature cut-off
 * {@link #CUTOFF}, one thread), so training is deterministic. They were chosen on the dev split
 * (never the test split) among cut-offs 1, 2 and 5, 100 or 300 iterations, with and without
 * lower-casing: the spread was small (dev macro-F1 0.761 to 0.783) and this is the best.
 *
 * <p>This class imports {@code opennlp.*} outside {@code segment/} on purpose: the baseline is
 * OpenNLP itself.
 */
public final class DoccatBaseline implements Baseline {
    /** GIS iterations (OpenNLP's default). */
    public static final int ITERATIONS = 100;
    /** Features seen fewer times are dropped. */
    public static final int CUTOFF = 2;

    private static final WordTokenizer TOKENIZER = WordTokenizer.of("simple");

    private final DoccatModel model;
    private final ThreadLocal<DocumentCategorizerME> categorizer;
    private final String trainedOn;

    private DoccatBaseline(DoccatModel model, String trainedOn) {
        this.model = model;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(this.model));
        this.trainedOn = trainedOn;
    }

    /** Trains on every gold sentence of {@code train}; {@code trainedOn} names the data for the report. */
    public static DoccatBaseline train(List<LabeledDocument> train, String trainedOn) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LabeledDocument doc : train) {
            for (GoldSentence g : doc.sentences()) {
                samples.add(new DocumentSample(g.label().name(),
                        tokens(doc.text().substring(g.start(), g.end()))));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
            return new DoccatBaseline(model, trainedOn);
        } catch (IOException e) {
            throw new UncheckedIOException("training the OpenNLP document categorizer failed", e);
        }
    }

    private static String[] tokens(String sentence) {
        int[] spans = TOKENIZER.tokenize(sentence);
        String[] out = new String[spans.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = sentence.substring(spans[2 * i], spans[2 * i + 1]).toLowerCase(Locale.ROOT);
        }
        return out;
    }

    @Override
    public String name() {
        return "opennlp-doccat";
    }

    @Override
    public String description() {
        return "OpenNLP DocumentCategorizerME, bag of words (lower-cased SimpleTokenizer tokens), maxent, "
                + ITERATIONS + " iterations, cut-off " + CUTOFF + ", trained on " + trainedOn;
    }

    @Override
    public Map<Label, Double> scores(String sentence) {
        DocumentCategorizerME me = categorizer.get();
        double[] probabilities = me.categorize(tokens(sentence));
        Map<Label, Double> scores = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            int index = me.getIndex(l.name());
            scores.put(l, index < 0 ? 0.0 : probabilities[index]);
        }
        return scores;
    }
}
