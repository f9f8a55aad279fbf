package dev.thresher.features;

/**
 * {@link FeatureGroup#STANCE}: outside quotation marks, first- and second-person pronouns,
 * modals of obligation and possibility, hedges, intensifiers and evaluative words; "I"/"we"
 * inside quotation marks; questions (quoted or not) and exclamations.
 */
final class StanceCues implements CueExtractor {
    /** Word lists whose words count outside quotation marks, and the feature each gives. */
    private static final int[] LISTS = {Lexicons.I, Lexicons.WE, Lexicons.YOU, Lexicons.MODAL, Lexicons.POSSIBLE,
        Lexicons.HEDGE, Lexicons.INTENSIFIER};
    private static final String[] NAMES = {"st:i", "st:we", "st:you", "st:should", "st:would", "st:hedge",
        "st:intensifier"};

    @Override
    public FeatureGroup group() {
        return FeatureGroup.STANCE;
    }

    @Override
    public void extract(SentenceView s, DocumentView document, int index, FeatureSink out) {
        int outside = 0;
        int inside = 0;
        int evaluative = 0;
        for (int t = 0; t < s.tokens; t++) {
            int m = s.masks[t];
            if (s.quoted(t)) {
                inside |= m;
            } else {
                outside |= m;
                if ((m & Lexicons.EVALUATIVE_WORD) != 0) {
                    evaluative++;
                }
            }
        }
        for (int k = 0; k < LISTS.length; k++) {
            if ((outside & LISTS[k]) != 0) {
                out.add(NAMES[k]);
            }
        }
        if ((inside & (Lexicons.I | Lexicons.WE)) != 0) {
            out.add("st:we_quoted");
        }
        if (evaluative > 0) {
            out.add(evaluative == 1 ? "st:eval=1" : "st:eval=2+");
        }
        String trimmed = s.trimmed;
        char last = trimmed.charAt(trimmed.length() - 1);
        int lastQ = trimmed.lastIndexOf('?');
        if (lastQ >= 0) {
            out.add(s.quotes.inside[s.text.indexOf(trimmed) + lastQ] ? "st:question_quoted" : "st:question");
        }
        if (trimmed.indexOf('!') >= 0) {
            out.add("st:exclaim");
        }
        if (last == '?' && s.quotes.marks == 0) {
            out.add("st:question_end");
        }
    }
}
