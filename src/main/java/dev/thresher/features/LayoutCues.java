package dev.thresher.features;

import dev.thresher.segment.Sentence;

/**
 * {@link FeatureGroup#LAYOUT}: where the sentence stands in the document, its line and its
 * paragraph; whether it is glued to its neighbours (no space between) and whether its line or
 * its text repeats an earlier one. The absolute position ({@code lay:first}, {@code lay:last},
 * {@code lay:rel=}) is local: neighbours do not get it.
 */
final class LayoutCues implements CueExtractor {
    @Override
    public FeatureGroup group() {
        return FeatureGroup.LAYOUT;
    }

    @Override
    public void extract(SentenceView sentence, DocumentView doc, int i, FeatureSink out) {
        Sentence s = doc.sentence(i);
        int n = doc.size();
        if (i == 0) {
            out.addLocal("lay:first");
        }
        if (i == n - 1) {
            out.addLocal("lay:last");
        }
        out.addLocal("lay:rel=" + (5 * i / n));
        out.add("lay:inline=" + Math.min(s.sentencesInLine(), 3));
        if (s.aloneOnLine()) {
            out.add("lay:alone");
        } else if (s.indexInLine() == 0) {
            out.add("lay:line_first");
        } else if (s.indexInLine() == s.sentencesInLine() - 1) {
            out.add("lay:line_last");
        }
        out.add("lay:para=" + Math.min(doc.paragraphSize(s.paragraph()), 4));
        if (s.paragraph() == 0) {
            out.add("lay:para_first");
        }
        if (s.paragraph() == doc.lastParagraph()) {
            out.add("lay:para_last");
        }
        if (i > 0 && doc.sentence(i - 1).end() == s.start()) {
            out.add("lay:glued_prev");
        }
        if (i + 1 < n && doc.sentence(i + 1).start() == s.end()) {
            out.add("lay:glued_next");
        }
        if (doc.repeatedLine(i)) {
            out.add("lay:dup_line");
        }
        if (doc.repeatedSentence(i)) {
            out.add("lay:dup_sentence");
        }
    }
}
