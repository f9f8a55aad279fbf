package dev.thresher.features;

/**
 * {@link FeatureGroup#QUOTES}: whether the sentence has quotation marks, how many and of which
 * kinds, whether it starts or ends with one, whether they enclose speech (four words or more)
 * or only short names, and how much of the sentence they enclose.
 */
final class QuoteCues implements CueExtractor {
    @Override
    public FeatureGroup group() {
        return FeatureGroup.QUOTES;
    }

    @Override
    public void extract(SentenceView s, DocumentView document, int index, FeatureSink out) {
        QuoteMarks q = s.quotes;
        if (q.marks == 0) {
            out.add("q:none");
            return;
        }
        out.add("q:any");
        out.add("q:marks=" + Math.min(q.marks, 3));
        String trimmed = s.trimmed;
        if (QuoteMarks.isQuoteChar(trimmed.charAt(0))) {
            out.add("q:starts");
        }
        if (QuoteMarks.isQuoteChar(trimmed.charAt(trimmed.length() - 1))) {
            out.add("q:ends");
        }
        if (q.longSpans > 0) {
            out.add("q:long");
        } else if (q.shortSpans > 0) {
            out.add("q:short_only");
        }
        if (q.commaBeforeClose) {
            out.add("q:comma_close");
        }
        if (q.unclosedOpens > 0) {
            out.add("q:unclosed");
        }
        if (q.unopenedCloses > 0) {
            out.add("q:unopened");
        }
        double share = q.insideShare(s.text);
        out.add("q:inside=" + (share == 0 ? "0" : share < 0.3 ? "low" : share < 0.7 ? "mid" : "high"));
        if (q.straightDouble) {
            out.add("q:straight");
        }
        if (q.curlyDouble) {
            out.add("q:curly");
        }
        if (q.single) {
            out.add("q:single");
        }
        if (q.guillemet) {
            out.add("q:guillemet");
        }
    }
}
