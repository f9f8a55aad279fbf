package dev.thresher.features;

/**
 * {@link FeatureGroup#MARKUP}: what the markup of a web page says about the line a sentence stands
 * on (its containers, class and id words, link density, place relative to the densest block),
 * as {@link dev.thresher.html.HtmlPage} found it. Plain text has none of these features.
 */
final class MarkupCues implements CueExtractor {
    @Override
    public FeatureGroup group() {
        return FeatureGroup.MARKUP;
    }

    @Override
    public void extract(SentenceView sentence, DocumentView document, int index, FeatureSink out) {
        for (String cue : document.sentence(index).markup()) {
            out.add(cue);
        }
    }
}
