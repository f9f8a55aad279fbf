package dev.thresher;

import dev.thresher.batch.OrderedParallel;
import dev.thresher.data.DatasetReader;
import dev.thresher.features.FeatureConfig;
import dev.thresher.model.BundleIO;
import dev.thresher.model.Pipeline;
import dev.thresher.train.ModelTrainer;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Labels the sentences of news text as {@link Label#CLAIM}, {@link Label#QUOTATION},
 * {@link Label#OPINION} or {@link Label#BOILERPLATE}, and strips boilerplate.
 *
 * <pre>{@code
 * Thresher thresher = Thresher.loadDefault();
 * for (LabeledSentence s : thresher.classify(articleText)) {
 *     System.out.println(s.label() + "\t" + s.text());
 * }
 * String article = thresher.clean(articleText);
 *
 * // Many documents, 4 at a time, results in input order, memory bounded:
 * try (Stream<ClassifiedDocument> results = thresher.classifyAll(documents, 4)) {
 *     results.forEach(d -> index(d.document().id(), d.clean(CleaningPolicy.PRECISION).text()));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: load one and share it between threads.
 * English is the supported language; other text still gets labels, of lower quality.
 */
public final class Thresher {
    private final Pipeline pipeline;

    private Thresher(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Loads the model bundle at {@code modelFile}.
     *
     * @throws ThresherException of kind MODEL when the file is missing, corrupt or incompatible
     */
    public static Thresher load(Path modelFile) {
        return new Thresher(Pipeline.load(modelFile));
    }

    /**
     * Loads a model bundle from a stream (a bundle in HDFS, object storage or a database), read to
     * the end of the bundle; the stream is not closed. {@code name} identifies the bundle in error
     * messages (a path or URL).
     *
     * @throws ThresherException of kind MODEL, naming {@code name}, when the stream does not hold
     *                           a readable bundle of a format this build supports
     */
    public static Thresher load(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return new Thresher(Pipeline.load(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller's stream: the caller closes it
            }
        }, name));
    }

    /**
     * Loads the default model shipped inside the Thresher jar.
     *
     * @throws ThresherException of kind MODEL when the jar holds no readable default model
     */
    public static Thresher loadDefault() {
        return new Thresher(Pipeline.loadDefault());
    }

    /**
     * Trains a model on the labelled documents of a dataset folder (its {@code train/} split if it
     * has one), seeded and deterministic: the same folder and settings give the same model.
     *
     * @throws ThresherException of kind DATA when the folder is missing or malformed
     */
    public static Thresher train(Path dataset, TrainerSettings settings) {
        Path folder = Files.isDirectory(dataset.resolve("train")) ? dataset.resolve("train") : dataset;
        return new Thresher(new Pipeline(new ModelTrainer(FeatureConfig.defaults(), settings)
                .train(DatasetReader.readFolder(folder))));
    }

    /**
     * Writes this instance's model to {@code modelFile} (atomically), for {@link #load(Path)}.
     *
     * @throws java.io.UncheckedIOException when it cannot be written
     */
    public void save(Path modelFile) {
        try {
            BundleIO.write(pipeline.bundle(), modelFile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(modelFile + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** What the loaded model says about itself: versions, seed, training data, hyperparameters. */
    public Manifest manifest() {
        return pipeline.bundle().manifest();
    }

    /**
     * Splits {@code text} into sentences and labels each one.
     *
     * @return the sentences in document order; empty for text without any non-white-space
     */
    public List<LabeledSentence> classify(String text) {
        return pipeline.classify(text);
    }

    /** Classifies one document. */
    public ClassifiedDocument classify(Document document) {
        List<LabeledSentence> sentences = document.page() == null ? classify(document.text())
                : pipeline.classify(document.page());
        return new ClassifiedDocument(document, sentences, List.of());
    }

    /**
     * Classifies many documents on {@code threads} threads and returns them in input order,
     * lazily: documents are pulled from {@code documents} as results are consumed, at most a few
     * per thread at a time, so memory stays bounded however many there are. Close the stream (or
     * consume it to the end) to stop the workers.
     *
     * @throws RuntimeException from the stream's terminal operation, whatever classifying a
     *                          document threw (nothing, for valid strings)
     */
    public Stream<ClassifiedDocument> classifyAll(Stream<Document> documents, int threads) {
        return classifyAll(documents, BatchOptions.defaults().withThreads(threads)).map(BatchResult::orThrow);
    }

    /**
     * Reads and classifies many documents with {@code options} and returns one result per source,
     * in input order, lazily and with bounded memory (see {@link #classifyAll(Stream, int)}). A
     * source that cannot be read (its {@link DocumentSource#read()} throws) gives a failed result
     * and the batch goes on; the output is the same for any number of threads.
     */
    public <S extends DocumentSource> Stream<BatchResult<S>> classifyAll(Stream<S> sources, BatchOptions options) {
        return classifyAll(sources, options, Function.identity());
    }

    /**
     * As {@link #classifyAll(Stream, BatchOptions)}, with {@code then} applied to each result on
     * the worker thread that classified it, so that what is done with each result (formatting
     * it, converting it to rows) runs in parallel too; the stream gives what {@code then}
     * returns, in input order.
     *
     * @throws RuntimeException from the stream's terminal operation, whatever {@code then} threw
     */
    public <S extends DocumentSource, R> Stream<R> classifyAll(Stream<S> sources, BatchOptions options,
                                                               Function<? super BatchResult<S>, ? extends R> then) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(then, "then");
        Iterator<S> input = sources.iterator();
        OrderedParallel<S, R> run = new OrderedParallel<>(input, source -> then.apply(classify(source,
                options.explain())), options.threads(), options.inFlight() * options.threads(),
                BatchOptions.MAX_BYTES_IN_FLIGHT, DocumentSource::size, options.yieldsToWarmUp());
        Iterator<R> results = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return run.hasNext();
            }

            @Override
            public R next() {
                OrderedParallel.Outcome<S, R> o = run.next();
                if (o.failure() != null) {
                    throw o.failure();
                }
                return o.result();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(run::close).onClose(sources::close);
    }

    /**
     * Reads and classifies one document of a batch: its failure to be read or classified is its
     * result. Running out of memory on it fails that document alone (what it allocated is garbage
     * once the error is thrown), with a message saying how big it was.
     */
    private <S extends DocumentSource> BatchResult<S> classify(S source, boolean explain) {
        Document document;
        try {
            document = source.read();
        } catch (RuntimeException e) {
            return new BatchResult<>(source, null, e);
        }
        try {
            return new BatchResult<>(source, classify(document, explain), null);
        } catch (OutOfMemoryError e) {
            return new BatchResult<>(source, null, new ThresherException(ThresherException.Kind.INPUT,
                    String.format(java.util.Locale.ROOT, "%s: not enough memory to classify this document (%,d "
                            + "characters); give Java more heap (-Xmx) or split the document", source.location(),
                            document.text().length())));
        } catch (RuntimeException e) {
            return new BatchResult<>(source, null, e);
        }
    }

    private ClassifiedDocument classify(Document document, boolean explain) {
        if (!explain) {
            return classify(document);
        }
        List<Explanation> explanations = document.page() == null ? explain(document.text())
                : pipeline.explain(document.page());
        return new ClassifiedDocument(document, explanations.stream().map(Explanation::sentence).toList(),
                explanations);
    }

    /**
     * Splits {@code text} into sentences, labels each one and says why: for the predicted label
     * and the runner-up, every feature's exact contribution to the label's score, in each stage
     * of the model. Labels and scores are those of {@link #classify}; explaining costs more than
     * classifying, and classifying never pays for it.
     */
    public List<Explanation> explain(String text) {
        return pipeline.explain(text);
    }

    /**
     * The text without its boilerplate sentences, by {@link CleaningPolicy#DEFAULT}: the other
     * sentences in order, with the original spacing between sentences of a line and line and
     * paragraph breaks kept. The result holds only characters of {@code text}, in their order.
     */
    public String clean(String text) {
        return clean(text, CleaningPolicy.DEFAULT);
    }

    /**
     * Classifies a web page: its text as {@link Document#fromHtml} extracts it, labelled; the
     * sentences' offsets index {@code document().text()}.
     */
    public ClassifiedDocument classifyHtml(String html) {
        return classify(Document.fromHtml("", html));
    }

    /** The article text of a web page: its extracted text cleaned by {@code policy}. */
    public String cleanHtml(String html, CleaningPolicy policy) {
        return classifyHtml(html).clean(policy).text();
    }

    /** The text without the sentences {@code policy} drops. To clean text already classified, use {@link ClassifiedDocument#clean(CleaningPolicy)}. */
    public String clean(String text, CleaningPolicy policy) {
        return policy.apply(text, classify(text)).text();
    }
}
