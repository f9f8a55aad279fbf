package dev.thresher.features;

import dev.thresher.segment.WordTokenizer;
import java.util.Locale;

/**
 * One sentence as every {@link CueExtractor} sees it, computed once per sentence: the text, its
 * tokens (spans, folded lower case, lexicon masks) and its quotation marks.
 */
final class SentenceView {
    /** The sentence text. */
    final String text;
    /** The text without leading and trailing white space ({@link String#strip}). */
    final String trimmed;
    /** Token spans as {@code {start, end}} pairs flattened into one array. */
    final int[] spans;
    /** How many tokens the sentence has. */
    final int tokens;
    /** Each token folded: lower case, digits as 0 (see {@link #fold}). */
    final String[] lower;
    /** Each token's {@link Lexicons#mask}. */
    final int[] masks;
    /** The quotation marks of the text. */
    final QuoteMarks quotes;
    /** How many tokens start with a letter. */
    final int letterWords;

    private SentenceView(String text, int[] spans) {
        this.text = text;
        this.trimmed = text.strip();
        this.spans = spans;
        this.tokens = spans.length / 2;
        this.lower = new String[tokens];
        this.masks = new int[tokens];
        int letters = 0;
        for (int t = 0; t < tokens; t++) {
            String w = fold(text.substring(spans[2 * t], spans[2 * t + 1]));
            lower[t] = w;
            masks[t] = Lexicons.mask(w);
            if (Character.isLetter(w.charAt(0))) {
                letters++;
            }
        }
        this.letterWords = letters;
        this.quotes = QuoteMarks.of(text);
    }

    /** The view of {@code text}, tokenized by {@code tokenizer}. */
    static SentenceView of(String text, WordTokenizer tokenizer) {
        String seen = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        return new SentenceView(seen, tokenizer.tokenize(seen));
    }

    /**
     * Sentences are read up to this many characters: 50 times the longest sentence of the corpus
     * (400). A longer "sentence" (a page without punctuation, a data dump) gets the features of
     * its start, so that its cost is bounded instead of growing with every token.
     */
    static final int MAX_CHARS = 20_000;

    /** Whether token {@code t} starts inside quotation marks. */
    boolean quoted(int t) {
        return quotes.inside[spans[2 * t]];
    }

    /** Whether token {@code t} is on a word list of {@link Lexicons} ({@code list} is one of its bits). */
    boolean on(int t, int list) {
        return (masks[t] & list) != 0;
    }

    /**
     * Lower case, digits folded to 0; tokens holding surrogates (emoji and other
     * supplementary-plane symbols, which the tokenizer may split in halves) become {@code <sym>}.
     */
    static String fold(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isSurrogate(token.charAt(i))) {
                return "<sym>";
            }
        }
        String lower = token.toLowerCase(Locale.ROOT);
        boolean digit = false;
        for (int i = 0; i < lower.length() && !digit; i++) {
            digit = Character.isDigit(lower.charAt(i));
        }
        if (!digit) {
            return lower;
        }
        char[] chars = lower.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '0';
            }
        }
        return new String(chars);
    }
}
