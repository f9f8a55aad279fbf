package dev.thresher.features;

import dev.thresher.segment.Sentence;
import dev.thresher.segment.WordTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * Turns the sentences of one document into features, the same way for training and for
 * classification. Each sentence gets the bias feature {@code bias}, its word n-grams, the cues
 * of every enabled {@link FeatureGroup} (one {@link CueExtractor} per group) and, when the
 * configuration asks for context, the cues of its neighbours prefixed {@code p1.} and
 * {@code n1.}. Features are binary.
 *
 * <p>Two outputs share one extraction code path ({@link NeighbourContext}): {@link #extract}
 * gives the feature names (for training and inspection) and {@link #encoder} gives feature ids
 * straight from a model's feature index (for classification, without sorting or keeping names).
 *
 * <p>Thread-safe.
 */
public final class FeatureExtractor {
    /** The feature every sentence has, so that no example is ever empty. */
    public static final String BIAS = "bias";

    private final FeatureConfig config;
    private final WordTokenizer tokenizer;
    private final CueExtractor[] extractors;
    private final boolean context;

    /** An extractor for {@code config}. */
    public FeatureExtractor(FeatureConfig config) {
        this.config = config;
        this.tokenizer = config.tokenizer().create();
        this.extractors = cueExtractors(config);
        this.context = config.context() && config.enabled(FeatureGroup.CONTEXT);
    }

    /** One cue extractor for each group {@code config} enables. */
    private static CueExtractor[] cueExtractors(FeatureConfig config) {
        CueExtractor[] all = {new WordCues(config.maxNgram()), new QuoteCues(), new ReportingCues(), new StanceCues(),
            new NumberCues(), new ShapeCues(), new WebCues(), new LayoutCues(), new MarkupCues()};
        return Arrays.stream(all).filter(e -> config.enabled(e.group())).toArray(CueExtractor[]::new);
    }

    /** The configuration this extractor follows. */
    public FeatureConfig config() {
        return config;
    }

    private NeighbourContext features(List<Sentence> sentences) {
        return NeighbourContext.of(sentences, tokenizer, extractors, context);
    }

    /**
     * The features of every sentence of one document, in document order; each array is sorted
     * and free of duplicates.
     */
    public List<String[]> extract(List<Sentence> sentences) {
        NeighbourContext features = features(sentences);
        int n = features.size();
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Names names = new Names(features.maxFeatures(i));
            features.emit(i, names);
            out.add(sortedUnique(names.list.toArray(new String[0])));
        }
        return out;
    }

    /** Collects the names of one sentence's features. */
    private static final class Names implements NeighbourContext.Target {
        final List<String> list;

        Names(int capacity) {
            list = new ArrayList<>(capacity);
        }

        @Override
        public void local(String feature) {
            list.add(feature);
        }

        @Override
        public void cue(NeighbourContext.Side side, String cue) {
            list.add(side.name(cue));
        }
    }

    private static String[] sortedUnique(String[] names) {
        Arrays.sort(names);
        int k = 0;
        for (int i = 0; i < names.length; i++) {
            if (k == 0 || !names[i].equals(names[k - 1])) {
                names[k++] = names[i];
            }
        }
        return k == names.length ? names : Arrays.copyOf(names, k);
    }

    /**
     * An encoder that maps the features of this extractor to the ids of a model's feature index
     * ({@code index} gives the id of a feature name, or a negative number for a name the model
     * does not know). Thread-safe; it caches the ids of cue features.
     */
    public Encoder encoder(ToIntFunction<String> index) {
        return new Encoder(this, index);
    }

    /** Turns the sentences of a document into sorted, duplicate-free feature ids of one model. */
    public static final class Encoder {
        private final FeatureExtractor extractor;
        private final ToIntFunction<String> index;
        /** Cue -> the ids of the cue on each {@link NeighbourContext.Side} (by ordinal); -1 where unknown. */
        private final Map<String, int[]> cueIds = new ConcurrentHashMap<>();

        private Encoder(FeatureExtractor extractor, ToIntFunction<String> index) {
            this.extractor = extractor;
            this.index = index;
        }

        private int id(String name) {
            int id = index.applyAsInt(name);
            return id < 0 ? -1 : id;
        }

        private int[] cueIds(String cue) {
            int[] ids = cueIds.get(cue);
            if (ids == null) {
                NeighbourContext.Side[] sides = NeighbourContext.Side.values();
                ids = new int[sides.length];
                for (NeighbourContext.Side side : sides) {
                    ids[side.ordinal()] = id(side.name(cue));
                }
                cueIds.put(cue, ids);
            }
            return ids;
        }

        /**
         * The ids of the known features of every sentence of one document, in document order;
         * each array is sorted ascending and free of duplicates. Features the model does not know
         * are left out.
         */
        public int[][] encode(List<Sentence> sentences) {
            int[][] out = new int[sentences.size()][];
            encode(sentences, (i, ids) -> out[i] = ids);
            return out;
        }

        /** Receives the feature ids of one sentence. */
        @FunctionalInterface
        public interface Sink {
            /** Takes the sorted, duplicate-free known feature ids of sentence {@code i}. */
            void accept(int i, int[] ids);
        }

        /**
         * Gives {@code sink} the ids of every sentence of one document, in document order, one at
         * a time: memory holds a few sentences' features, however long the document.
         */
        public void encode(List<Sentence> sentences, Sink sink) {
            NeighbourContext features = extractor.features(sentences);
            int n = features.size();
            Ids ids = new Ids();
            for (int i = 0; i < n; i++) {
                ids.reset(features.maxFeatures(i));
                features.emit(i, ids);
                sink.accept(i, sortedUniqueKnown(ids.buffer, ids.size));
            }
        }

        /** Collects the ids of one sentence's features; -1 for unknown ones. */
        private final class Ids implements NeighbourContext.Target {
            int[] buffer = new int[256];
            int size;

            void reset(int capacity) {
                if (buffer.length < capacity) {
                    buffer = new int[Math.max(capacity, buffer.length * 2)];
                }
                size = 0;
            }

            @Override
            public void local(String feature) {
                buffer[size++] = id(feature);
            }

            @Override
            public void cue(NeighbourContext.Side side, String cue) {
                buffer[size++] = cueIds(cue)[side.ordinal()];
            }
        }
    }

    private static int[] sortedUniqueKnown(int[] buffer, int size) {
        Arrays.sort(buffer, 0, size);
        int from = 0;
        while (from < size && buffer[from] < 0) {
            from++;
        }
        int k = 0;
        int[] out = new int[size - from];
        for (int i = from; i < size; i++) {
            if (k == 0 || buffer[i] != out[k - 1]) {
                out[k++] = buffer[i];
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }
}
