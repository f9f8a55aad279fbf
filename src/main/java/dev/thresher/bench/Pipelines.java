package dev.thresher.bench;

import dev.thresher.Label;
import dev.thresher.LabeledSentence;
import dev.thresher.Thresher;
import dev.thresher.ThresherException;
import dev.thresher.data.GoldSentence;
import dev.thresher.data.LabeledDocument;
import dev.thresher.segment.Layout;
import dev.thresher.segment.Segmenter;
import dev.thresher.segment.WordTokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The pipelines the benchmark compares, each a function from a document to its number of
 * sentences. Besides Thresher itself: OpenNLP's {@code SentenceDetectorME} + {@code TokenizerME}
 * alone (the floor of any pipeline built on them) and the same plus a
 * {@code DocumentCategorizerME} labelling every sentence. This package is a benchmark harness
 * and, unlike the rest of the library outside {@code segment}, uses OpenNLP directly. Every
 * pipeline is thread-safe (OpenNLP's ME classes are kept one per thread).
 */
public final class Pipelines {
    private Pipelines() {
    }

    /** A document in, its sentence count out. */
    @FunctionalInterface
    public interface Pipeline {
        /** Processes {@code document} and returns how many sentences it found. */
        int process(String document);
    }

    /** Thresher end to end: segment, extract features, classify. */
    public static Pipeline thresher(Thresher thresher) {
        return doc -> thresher.classify(doc).size();
    }

    /** OpenNLP's two English models, loaded from the class path. */
    public record OpenNlpModels(SentenceModel sentences, TokenizerModel tokens) {
        /** Loads both models. */
        public static OpenNlpModels load() {
            try (InputStream s = Pipelines.class.getClassLoader().getResourceAsStream(Segmenter.SENTENCE_MODEL_RESOURCE);
                 InputStream t = Pipelines.class.getClassLoader().getResourceAsStream(WordTokenizer.TOKEN_MODEL_RESOURCE)) {
                return new OpenNlpModels(new SentenceModel(s), new TokenizerModel(t));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** OpenNLP {@code SentenceDetectorME} over the document, then {@code TokenizerME} over each sentence. */
    public static Pipeline sentenceAndTokens(OpenNlpModels models) {
        ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
        ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
        return doc -> {
            String[] sentences = detector.get().sentDetect(doc);
            TokenizerME t = tokenizer.get();
            long tokens = 0;
            for (String s : sentences) {
                tokens += t.tokenize(s).length;
            }
            return tokens < 0 ? -1 : sentences.length;
        };
    }

    /** As {@link #sentenceAndTokens}, then {@code DocumentCategorizerME} labels every sentence. */
    public static Pipeline doccat(OpenNlpModels models, DoccatModel doccat) {
        ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
        ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
        ThreadLocal<DocumentCategorizerME> categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(doccat));
        return doc -> {
            String[] sentences = detector.get().sentDetect(doc);
            TokenizerME t = tokenizer.get();
            DocumentCategorizerME c = categorizer.get();
            int labelled = 0;
            for (String s : sentences) {
                String best = c.getBestCategory(c.categorize(t.tokenize(s)));
                if (best != null) {
                    labelled++;
                }
            }
            return labelled;
        };
    }

    /** The doccat training parameters: maxent, 100 iterations, cutoff 2, one thread. */
    public static TrainingParameters doccatParameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /**
     * Trains a doccat model on the gold sentences of {@code documents}, each tokenised with
     * {@code TokenizerME}; features: bag of words and word bigrams.
     */
    public static DoccatModel trainDoccat(List<LabeledDocument> documents, OpenNlpModels models) {
        TokenizerME tokenizer = new TokenizerME(models.tokens());
        List<DocumentSample> samples = new ArrayList<>();
        for (LabeledDocument doc : documents) {
            for (GoldSentence s : doc.sentences()) {
                samples.add(new DocumentSample(s.label().name(),
                        tokenizer.tokenize(doc.text().substring(s.start(), s.end()))));
            }
        }
        try {
            FeatureGenerator[] features = {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
            return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), doccatParameters(),
                    new DoccatFactory(features));
        } catch (IOException e) {
            throw new ThresherException(ThresherException.Kind.DATA, "cannot train the doccat baseline: "
                    + e.getMessage(), e);
        }
    }

    /** The model's bytes, as it would be stored. */
    public static byte[] serialise(DoccatModel model) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.serialize(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a doccat model from its bytes. */
    public static DoccatModel loadDoccat(byte[] bytes) {
        try {
            return new DoccatModel(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accuracy of doccat on the gold sentences of {@code documents}. */
    public static double doccatAccuracy(DoccatModel model, OpenNlpModels models, List<LabeledDocument> documents) {
        DocumentCategorizerME c = new DocumentCategorizerME(model);
        TokenizerME t = new TokenizerME(models.tokens());
        int right = 0;
        int all = 0;
        for (LabeledDocument doc : documents) {
            for (GoldSentence s : doc.sentences()) {
                String text = doc.text().substring(s.start(), s.end());
                if (c.getBestCategory(c.categorize(t.tokenize(text))).equals(s.label().name())) {
                    right++;
                }
                all++;
            }
        }
        return (double) right / all;
    }

    /** Accuracy of Thresher on the gold sentences of {@code documents} (gold segmentation). */
    public static double thresherAccuracy(dev.thresher.model.Pipeline thresher, List<LabeledDocument> documents) {
        int right = 0;
        int all = 0;
        for (LabeledDocument doc : documents) {
            List<LabeledSentence> labelled = thresher.label(Layout.of(doc.text()).sentences(doc.spans()));
            for (int i = 0; i < labelled.size(); i++) {
                Label gold = doc.sentences().get(i).label();
                if (labelled.get(i).label() == gold) {
                    right++;
                }
                all++;
            }
        }
        return (double) right / all;
    }
}
