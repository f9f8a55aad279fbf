package dev.thresher.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits raw article text into sentences: OpenNLP's English sentence detector, run line by
 * line, with repairs for its known faults on scraped text.
 *
 * <p>Every line break is a sentence boundary (headlines, bylines and menus stand on their own
 * lines), blank lines separate paragraphs, and within a line the detector's boundaries are
 * completed by {@link BoundaryRules}: glued sentences ({@code station.To}) are split,
 * abbreviations, initials and list markers are not. Spans index the original string and every
 * non-white-space character belongs to exactly one sentence.
 *
 * <p>Thread-safe: the detector model is shared and each thread gets its own detector.
 */
public final class Segmenter {
    /** Class-loader resource name of the OpenNLP UD-EWT English sentence model (from its Maven jar). */
    public static final String SENTENCE_MODEL_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> detector;

    private Segmenter(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /** A segmenter over the English sentence model shipped in the OpenNLP models jar. */
    public static Segmenter english() {
        return new Segmenter(ModelHolder.MODEL);
    }

    /**
     * Loads the English sentence model now, if it is not loaded yet (it is otherwise loaded on
     * first use); {@link dev.thresher.Thresher} calls it on a second thread while it reads its
     * own model.
     */
    public static void preload() {
        if (ModelHolder.MODEL == null) {
            throw new IllegalStateException("no sentence model");
        }
    }

    /** Loads the English sentence model once, on first use. */
    private static final class ModelHolder {
        static final SentenceModel MODEL = loadModel();

        private static SentenceModel loadModel() {
            try (InputStream in = Segmenter.class.getClassLoader().getResourceAsStream(SENTENCE_MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP sentence model " + SENTENCE_MODEL_RESOURCE
                            + " is not on the class path (opennlp-models-sentdetect-en missing)");
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenNLP sentence model", e);
            }
        }
    }

    /** Splits {@code text} into sentences, in order. */
    public List<Sentence> segment(String text) {
        Layout layout = Layout.of(text);
        List<int[]> spans = new ArrayList<>();
        SentenceDetectorME me = detector.get();
        for (int line = 0; line < layout.lineCount(); line++) {
            int from = layout.lineStart(line);
            int to = layout.lineEnd(line);
            if (Whitespace.isBlank(text, from, to)) {
                continue;
            }
            String raw = text.substring(from, to);
            TreeSet<Integer> cuts = new TreeSet<>();
            for (Span span : me.sentPosDetect(BoundaryRules.forDetector(raw))) {
                cuts.add(span.getEnd());
            }
            BoundaryRules.addCandidates(raw, cuts);
            cutLine(raw, from, BoundaryRules.filter(raw, cuts), spans);
        }
        return layout.sentences(spans);
    }

    /** Adds the trimmed, non-empty pieces of {@code raw} between {@code cuts} to {@code spans}. */
    private static void cutLine(String raw, int offset, List<Integer> cuts, List<int[]> spans) {
        int start = 0;
        for (int k = 0; k <= cuts.size(); k++) {
            int end = k < cuts.size() ? cuts.get(k) : raw.length();
            int s = start;
            int e = end;
            while (s < e && Whitespace.isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && Whitespace.isSpace(raw.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                spans.add(new int[] {offset + s, offset + e});
            }
            start = end;
        }
    }
}
