package dev.thresher.features;

import dev.thresher.segment.Sentence;
import dev.thresher.segment.WordTokenizer;
import java.util.List;

/**
 * The features of every sentence of one document. The cue extractors run once per sentence
 * when the document is walked in order (the cues of a window of sentences are kept);
 * {@link #emit} then puts together what a sentence gets: its own features, the bias feature and,
 * with context on, the shared cues of the previous and next sentence prefixed {@code p1.} and
 * {@code n1.} (or {@code p1.none}/{@code n1.none} at the edges of the document) with
 * {@code same_line}/{@code same_para} for a neighbour on the same line or paragraph. This is the
 * only neighbour mechanism: feature names and feature ids both come from {@link #emit}.
 */
final class NeighbourContext {
    /** Whose feature a sentence gets: its own, or its previous or next neighbour's. */
    enum Side {
        OWN(""), PREVIOUS("p1."), NEXT("n1.");

        /** The prefix of the feature names this side gives. */
        final String prefix;

        Side(String prefix) {
            this.prefix = prefix;
        }

        /** The feature name {@code cue} becomes on this side. */
        String name(String cue) {
            return this == OWN ? cue : prefix + cue;
        }
    }

    /** Receives the features of one sentence. */
    interface Target {
        /** A feature of the sentence itself that is never prefixed (word n-grams, bias, absolute position). */
        void local(String feature);

        /** The cue {@code cue} of the sentence on {@code side}, named {@code side.name(cue)}. */
        void cue(Side side, String cue);
    }

    /** Sentences whose cues are kept: a sentence and its two neighbours. */
    private static final int WINDOW = 3;

    private final DocumentView document;
    private final WordTokenizer tokenizer;
    private final CueExtractor[] extractors;
    private final boolean context;
    /**
     * The cues of the last sentences asked for, by index modulo the window: a document is walked
     * in order, and a sentence needs only its own cues and its neighbours', so memory holds three
     * sentences' cues, not the whole document's.
     */
    private final SentenceCues[] window = new SentenceCues[WINDOW];
    private final int[] windowIndex = {-1, -1, -1};

    private NeighbourContext(DocumentView document, WordTokenizer tokenizer, CueExtractor[] extractors,
                             boolean context) {
        this.document = document;
        this.tokenizer = tokenizer;
        this.extractors = extractors;
        this.context = context;
    }

    /**
     * The features of the sentences of a document; the cue extractors run on a sentence when it
     * or a neighbour is first asked for. Not thread-safe: one walk of one document.
     */
    static NeighbourContext of(List<Sentence> sentences, WordTokenizer tokenizer, CueExtractor[] extractors,
                               boolean context) {
        return new NeighbourContext(new DocumentView(sentences), tokenizer, extractors, context);
    }

    /** The cues of sentence {@code i}, from the window or computed now. */
    private SentenceCues cues(int i) {
        int slot = i % WINDOW;
        if (windowIndex[slot] != i) {
            SentenceView sentence = SentenceView.of(document.sentence(i).text(), tokenizer);
            SentenceCues found = new SentenceCues();
            for (CueExtractor extractor : extractors) {
                extractor.extract(sentence, document, i, found);
            }
            window[slot] = found;
            windowIndex[slot] = i;
        }
        return window[slot];
    }

    /** How many sentences the document has. */
    int size() {
        return document.size();
    }

    /** An upper bound of how many features {@link #emit} gives sentence {@code i}, repeats counted. */
    int maxFeatures(int i) {
        int n = cues(i).shared.size() + cues(i).local.size() + 3;
        if (context) {
            n += (i > 0 ? cues(i - 1).shared.size() : 0) + (i + 1 < size() ? cues(i + 1).shared.size() : 0);
        }
        return n;
    }

    /** Gives {@code out} every feature of sentence {@code i} (names may repeat). */
    void emit(int i, Target out) {
        SentenceCues own = cues(i);
        for (String feature : own.local) {
            out.local(feature);
        }
        for (String cue : own.shared) {
            out.cue(Side.OWN, cue);
        }
        out.local(FeatureExtractor.BIAS);
        if (context) {
            neighbour(i, i - 1, Side.PREVIOUS, out);
            neighbour(i, i + 1, Side.NEXT, out);
        }
    }

    private void neighbour(int i, int j, Side side, Target out) {
        if (j < 0 || j >= size()) {
            out.cue(side, "none");
            return;
        }
        for (String cue : cues(j).shared) {
            out.cue(side, cue);
        }
        Sentence a = document.sentence(i);
        Sentence b = document.sentence(j);
        if (a.line() == b.line()) {
            out.cue(side, "same_line");
        } else if (a.paragraph() == b.paragraph()) {
            out.cue(side, "same_para");
        }
    }
}
