package dev.thresher.document;

import dev.thresher.segment.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The features of the document stage: for each sentence, the first stage's label probabilities
 * for it and for windows of its neighbours, and the structure of the page around it (runs of
 * short lines, distance to the article's main block, position before or after the prose). The
 * vocabulary is fixed, so a sentence's features are a dense vector over {@link #names()}.
 *
 * <p>One code path serves training (names and values become a Tribuo example) and
 * classification (values are scored through ids fixed once per model). Thread-safe.
 */
public final class DocumentFeatures {
    private static final String[] LABELS = {"CLAIM", "QUOTATION", "OPINION", "BOILERPLATE"};
    /** Index of BOILERPLATE in the stage-one probability arrays. */
    static final int BP = 3;
    private static final int[] WINDOWS = {1, 3, 8, 20};
    private static final String[] LINE_CLASSES = {"tiny", "short", "unpunct", "prose"};
    private static final String[] RUN_BINS = {"0", "1", "2", "4", "8", "16", "32"};
    private static final String[] BLOCK_BINS = {"in", "before1", "before4", "before16", "beforefar", "after1",
        "after4", "after16", "afterfar"};
    private static final String[] DOC_BINS = {"1", "5", "20", "60", "150", "more"};
    private static final String[] CTX_BINS = {"q0", "q1", "q2", "q3"};

    private static final List<String> NAMES;
    private static final int LOG_P;
    private static final int P;
    private static final int CTX;
    private static final int LEFT;
    private static final int RIGHT;
    private static final int DOC;
    private static final int NONE_LEFT;
    private static final int NONE_RIGHT;
    private static final int LINE_CLASS;
    private static final int RUN;
    private static final int BLOCK;
    private static final int BEFORE_PROSE;
    private static final int AFTER_PROSE;
    private static final int DOC_SIZE;
    private static final int CLASS_X_CTX;
    private static final int CLASS_X_BLOCK;
    private static final int CLASS_X_RUN;

    static {
        List<String> n = new ArrayList<>();
        LOG_P = add(n, "logp.", LABELS);
        P = add(n, "p.", LABELS);
        CTX = n.size();
        for (int w : WINDOWS) {
            add(n, "ctx" + w + ".", LABELS);
        }
        LEFT = add(n, "left3.", LABELS);
        RIGHT = add(n, "right3.", LABELS);
        DOC = add(n, "doc.", LABELS);
        NONE_LEFT = add(n, "", new String[] {"none.left"});
        NONE_RIGHT = add(n, "", new String[] {"none.right"});
        LINE_CLASS = add(n, "line=", LINE_CLASSES);
        RUN = add(n, "shortrun=", RUN_BINS);
        BLOCK = add(n, "block=", BLOCK_BINS);
        BEFORE_PROSE = add(n, "", new String[] {"before_first_prose"});
        AFTER_PROSE = add(n, "", new String[] {"after_last_prose"});
        DOC_SIZE = add(n, "doclines=", DOC_BINS);
        CLASS_X_CTX = n.size();
        for (String c : LINE_CLASSES) {
            add(n, "line=" + c + "&ctx3bp=", CTX_BINS);
        }
        CLASS_X_BLOCK = n.size();
        for (String c : LINE_CLASSES) {
            add(n, "line=" + c + "&block=", BLOCK_BINS);
        }
        CLASS_X_RUN = n.size();
        for (String c : LINE_CLASSES) {
            add(n, "line=" + c + "&shortrun=", RUN_BINS);
        }
        NAMES = Collections.unmodifiableList(n);
    }

    private static int add(List<String> names, String prefix, String[] values) {
        int start = names.size();
        for (String v : values) {
            names.add(prefix + v);
        }
        return start;
    }

    private DocumentFeatures() {
    }

    /** The feature names, in the order of the vectors {@link #extract} returns. */
    public static List<String> names() {
        return NAMES;
    }

    /** A reader's description of the document-stage feature {@code name}. */
    public static String describe(String name) {
        int and = name.indexOf('&');
        if (and > 0) {
            return describe(name.substring(0, and)) + ", and " + describe(name.substring(and + 1));
        }
        int dot = name.indexOf('.');
        if (dot > 0 && Character.isUpperCase(name.charAt(dot + 1))) {
            String label = name.substring(dot + 1);
            String kind = name.substring(0, dot);
            return switch (kind) {
                case "logp" -> "log-probability of " + label + " from its words and cues (sentence stage)";
                case "p" -> "probability of " + label + " from its words and cues (sentence stage)";
                case "left3" -> "mean " + label + " probability of the 3 sentences before";
                case "right3" -> "mean " + label + " probability of the 3 sentences after";
                case "doc" -> "mean " + label + " probability of the whole document";
                default -> kind.startsWith("ctx")
                        ? "mean " + label + " probability of the " + kind.substring(3) + " sentence(s) on each side"
                        : name;
            };
        }
        int eq = name.indexOf('=');
        String value = eq > 0 ? name.substring(eq + 1) : "";
        return switch (eq > 0 ? name.substring(0, eq) : name) {
            case "none.left" -> "first sentence of the document";
            case "none.right" -> "last sentence of the document";
            case "before_first_prose" -> "before the first line of article prose";
            case "after_last_prose" -> "after the last line of article prose";
            case "line" -> switch (value) {
                case "tiny" -> "its line has at most 3 words";
                case "short" -> "its line has 4 to 8 words";
                case "unpunct" -> "its line is long but has no final punctuation";
                default -> "its line is prose (over 8 words, final punctuation)";
            };
            case "shortrun" -> value.equals("0") ? "not in a run of non-prose lines"
                    : "in a run of " + runRange(value) + " non-prose lines";
            case "block" -> value.equals("in") ? "inside the article's main block" : blockRange(value);
            case "doclines" -> "the document has " + docRange(value) + " lines";
            case "ctx3bp" -> "its neighbours' mean BOILERPLATE probability is in quarter " + value.substring(1);
            default -> name;
        };
    }

    private static String runRange(String bin) {
        return switch (bin) {
            case "1" -> "1";
            case "2" -> "2-3";
            case "4" -> "4-7";
            case "8" -> "8-15";
            case "16" -> "16-31";
            default -> "32 or more";
        };
    }

    private static String blockRange(String bin) {
        String side = bin.startsWith("before") ? "before" : "after";
        String range = switch (bin.substring(side.length())) {
            case "1" -> "1 line";
            case "4" -> "2-4 lines";
            case "16" -> "5-16 lines";
            default -> "over 16 lines";
        };
        return range + " " + side + " the article's main block";
    }

    private static String docRange(String bin) {
        return switch (bin) {
            case "1" -> "1";
            case "5" -> "2-5";
            case "20" -> "6-20";
            case "60" -> "21-60";
            case "150" -> "61-150";
            default -> "over 150";
        };
    }

    /**
     * The document-stage feature vector of every sentence.
     *
     * @param sentences   the document's sentences in order
     * @param probability the first stage's probabilities per sentence, in the order CLAIM,
     *                    QUOTATION, OPINION, BOILERPLATE
     */
    public static double[][] extract(List<Sentence> sentences, double[][] probability) {
        Page page = page(sentences, probability);
        double[][] out = new double[sentences.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[NAMES.size()];
            page.fill(i, out[i]);
        }
        return out;
    }

    /**
     * What the features of a document's sentences are computed from, for computing them one
     * sentence at a time (a long document's feature vectors need not all be held at once).
     *
     * @param sentences   the document's sentences in order
     * @param probability the first stage's probabilities per sentence, in the order CLAIM,
     *                    QUOTATION, OPINION, BOILERPLATE
     */
    public static Page page(List<Sentence> sentences, double[][] probability) {
        return new Page(sentences, probability);
    }

    /** How many features a sentence has (the length of a feature vector). */
    public static int size() {
        return NAMES.size();
    }

    /** A document's page structure and running sums of its first-stage probabilities. */
    public static final class Page {
        private final int n;
        private final double[][] probability;
        private final PageStructure page;
        /** Sums of the probabilities of sentences {@code [0, i)}: label k at {@code i * LABELS + k}. */
        private final double[] prefix;
        private final int docBin;

        private Page(List<Sentence> sentences, double[][] probability) {
            this.n = sentences.size();
            this.probability = probability;
            this.page = n == 0 ? null : PageStructure.of(sentences, probability);
            int labels = LABELS.length;
            this.prefix = new double[(n + 1) * labels];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < labels; k++) {
                    prefix[(i + 1) * labels + k] = prefix[i * labels + k] + probability[i][k];
                }
            }
            int lines = n == 0 ? 0 : page.lineCount();
            this.docBin = lines <= 1 ? 0 : lines <= 5 ? 1 : lines <= 20 ? 2 : lines <= 60 ? 3 : lines <= 150 ? 4 : 5;
        }

        /** Writes the features of sentence {@code i} into {@code f} (of {@link #size()} zeros). */
        public void fill(int i, double[] f) {
            double[] p = probability[i];
            int labels = LABELS.length;
            for (int k = 0; k < labels; k++) {
                f[LOG_P + k] = Math.log(Math.max(p[k], 1e-6));
                f[P + k] = p[k];
                f[DOC + k] = prefix[n * labels + k] / n;
            }
            for (int w = 0; w < WINDOWS.length; w++) {
                window(prefix, i, Math.max(0, i - WINDOWS[w]), Math.min(n, i + WINDOWS[w] + 1), f, CTX + w * labels);
            }
            window(prefix, i, Math.max(0, i - 3), i, f, LEFT);
            window(prefix, i, i + 1, Math.min(n, i + 4), f, RIGHT);
            if (i == 0) {
                f[NONE_LEFT] = 1;
            }
            if (i == n - 1) {
                f[NONE_RIGHT] = 1;
            }
            int line = page.lineOf(i);
            int cls = page.lineClass(line);
            int run = runBin(page.shortRun(line));
            int block = blockBin(page.blockOffset(line));
            f[LINE_CLASS + cls] = 1;
            f[RUN + run] = 1;
            f[BLOCK + block] = 1;
            if (page.beforeFirstProse(line)) {
                f[BEFORE_PROSE] = 1;
            }
            if (page.afterLastProse(line)) {
                f[AFTER_PROSE] = 1;
            }
            f[DOC_SIZE + docBin] = 1;
            double ctx3 = f[CTX + labels + BP];
            int ctxBin = i == 0 && n == 1 ? 0 : Math.min(3, (int) (ctx3 * 4));
            f[CLASS_X_CTX + cls * CTX_BINS.length + ctxBin] = 1;
            f[CLASS_X_BLOCK + cls * BLOCK_BINS.length + block] = 1;
            f[CLASS_X_RUN + cls * RUN_BINS.length + run] = 1;
        }
    }

    /** Mean probabilities over sentences {@code [from, to)} without {@code self}. */
    private static void window(double[] prefix, int self, int from, int to, double[] f, int at) {
        int count = to - from - (self >= from && self < to ? 1 : 0);
        if (count <= 0) {
            return;
        }
        int labels = LABELS.length;
        for (int k = 0; k < labels; k++) {
            double sum = prefix[to * labels + k] - prefix[from * labels + k];
            if (self >= from && self < to) {
                sum -= prefix[(self + 1) * labels + k] - prefix[self * labels + k];
            }
            f[at + k] = sum / count;
        }
    }

    private static int runBin(int run) {
        if (run <= 1) {
            return run;
        }
        return run < 4 ? 2 : run < 8 ? 3 : run < 16 ? 4 : run < 32 ? 5 : 6;
    }

    /** {@code offset}: 0 inside the main block, negative lines before it, positive after it. */
    private static int blockBin(int offset) {
        if (offset == 0) {
            return 0;
        }
        int d = Math.abs(offset);
        int bin = d <= 1 ? 0 : d <= 4 ? 1 : d <= 16 ? 2 : 3;
        return (offset < 0 ? 1 : 5) + bin;
    }
}
