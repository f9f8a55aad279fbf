package dev.thresher.features;

/**
 * {@link FeatureGroup#REPORTING}: reporting verbs outside quotation marks (and whether the
 * sentence also has quotation marks, whether the verb comes early, late, after a comma or
 * before "that"), "according to", "a statement", and a colon ending the sentence or
 * introducing a quotation.
 */
final class ReportingCues implements CueExtractor {
    @Override
    public FeatureGroup group() {
        return FeatureGroup.REPORTING;
    }

    @Override
    public void extract(SentenceView s, DocumentView document, int index, FeatureSink out) {
        String[] lower = s.lower;
        int count = s.tokens;
        int verbs = 0;
        boolean saidThat = false;
        boolean verbEnd = false;
        boolean accordingTo = false;
        boolean statement = false;
        boolean verbEarly = false;
        boolean verbAfterComma = false;
        for (int t = 0; t < count; t++) {
            String w = lower[t];
            if (!s.quoted(t) && s.on(t, Lexicons.REPORTING)) {
                verbs++;
                saidThat |= t + 1 < count && lower[t + 1].equals("that");
                verbEnd |= t >= count - 3;
                accordingTo |= w.equals("according") && t + 1 < count && lower[t + 1].equals("to");
                verbEarly |= t >= 1 && t <= 8;
                verbAfterComma |= t >= 1 && (lower[t - 1].equals(",") || t >= 2 && lower[t - 2].equals(",")
                        || t >= 3 && lower[t - 3].equals(","));
            }
            statement |= w.equals("statement") && t > 0 && lower[t - 1].equals("a");
        }
        if (verbs > 0) {
            out.add("rv:verb");
            if (s.quotes.marks > 0) {
                out.add("rv:verb_quote");
            }
        }
        if (saidThat) {
            out.add("rv:said_that");
        }
        if (verbEnd) {
            out.add("rv:verb_end");
        }
        if (accordingTo) {
            out.add("rv:according_to");
        }
        if (statement) {
            out.add("rv:statement");
        }
        if (verbEarly) {
            out.add("rv:verb_early");
        }
        if (verbAfterComma) {
            out.add("rv:verb_after_comma");
        }
        String trimmed = s.trimmed;
        if (trimmed.endsWith(":")) {
            out.add("rv:colon_end");
        }
        int colon = trimmed.indexOf(':');
        if (colon >= 0 && colon + 1 < trimmed.length()) {
            String rest = trimmed.substring(colon + 1).strip();
            if (!rest.isEmpty() && QuoteMarks.isQuoteChar(rest.charAt(0))) {
                out.add("rv:colon_quote");
            }
        }
    }
}
