package dev.thresher.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits a sentence into word tokens with OpenNLP: either the rule-based
 * {@code SimpleTokenizer} (fast) or the statistical {@code TokenizerME} with the UD-EWT English
 * model. Thread-safe: {@code TokenizerME} instances are kept one per thread.
 */
public final class WordTokenizer {
    /** Class-loader resource name of the OpenNLP UD-EWT English tokenizer model (from its Maven jar). */
    public static final String TOKEN_MODEL_RESOURCE = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadLocal<TokenizerME> statistical;

    private WordTokenizer(boolean useStatistical) {
        this.statistical = useStatistical ? ThreadLocal.withInitial(() -> new TokenizerME(ModelHolder.MODEL)) : null;
    }

    /** The tokenizer named {@code kind}: {@code "simple"} or {@code "me"}. */
    public static WordTokenizer of(String kind) {
        return switch (kind) {
            case "simple" -> new WordTokenizer(false);
            case "me" -> new WordTokenizer(true);
            default -> throw new IllegalArgumentException("unknown tokenizer '" + kind + "'");
        };
    }

    /** Token spans of {@code text}, as {@code {start, end}} pairs flattened into one array. */
    public int[] tokenize(String text) {
        Span[] spans = statistical == null
                ? SimpleTokenizer.INSTANCE.tokenizePos(text)
                : statistical.get().tokenizePos(text);
        int[] out = new int[spans.length * 2];
        for (int i = 0; i < spans.length; i++) {
            out[2 * i] = spans[i].getStart();
            out[2 * i + 1] = spans[i].getEnd();
        }
        return out;
    }

    private static final class ModelHolder {
        static final TokenizerModel MODEL = load();

        private static TokenizerModel load() {
            try (InputStream in = WordTokenizer.class.getClassLoader().getResourceAsStream(TOKEN_MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP tokenizer model " + TOKEN_MODEL_RESOURCE
                            + " is not on the class path (opennlp-models-tokenizer-en missing)");
                }
                return new TokenizerModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenNLP tokenizer model", e);
            }
        }
    }
}
