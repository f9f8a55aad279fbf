package dev.thresher.features;

/**
 * {@link FeatureGroup#WORDS}: the folded word unigrams {@code w:word} and, with n-grams up to 2,
 * the bigrams {@code w:previous word} including the sentence edges {@code <s>} and
 * {@code </s>}. Word features are local: neighbours never get them.
 */
final class WordCues implements CueExtractor {
    private final boolean bigrams;

    WordCues(int maxNgram) {
        this.bigrams = maxNgram >= 2;
    }

    @Override
    public FeatureGroup group() {
        return FeatureGroup.WORDS;
    }

    @Override
    public void extract(SentenceView s, DocumentView document, int index, FeatureSink out) {
        String[] lower = s.lower;
        for (int t = 0; t < lower.length; t++) {
            out.addLocal("w:" + lower[t]);
            if (bigrams) {
                out.addLocal("w:" + (t == 0 ? "<s>" : lower[t - 1]) + " " + lower[t]);
            }
        }
        if (bigrams && lower.length > 0) {
            out.addLocal("w:" + lower[lower.length - 1] + " </s>");
        }
    }
}
