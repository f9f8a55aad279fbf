package dev.thresher;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which sentences {@code clean} drops. A sentence is dropped when
 * <ul>
 *   <li>BOILERPLATE is among the dropped labels and the sentence's probability of BOILERPLATE is
 *       at least {@code boilerplateThreshold} (whatever its most probable label), or</li>
 *   <li>its most probable label is another dropped label, or</li>
 *   <li>headings are not kept and it is a heading: a line of its own of at most
 *       {@value #HEADING_MAX_WORDS} words that does not end as a sentence does.</li>
 * </ul>
 * Immutable; the presets follow trafilatura's {@code --precision} and {@code --recall}: the
 * first drops more (less chrome left in, some article text lost), the second keeps more.
 *
 * @param drop                 the labels whose sentences are dropped
 * @param boilerplateThreshold the probability of BOILERPLATE from which a sentence is dropped, in
 *                             (0, 1]; used when {@code drop} holds BOILERPLATE
 * @param keepHeadings         whether headings are kept when their label is not dropped
 */
public record CleaningPolicy(Set<Label> drop, double boilerplateThreshold, boolean keepHeadings) {
    /** Headings are at most this many words long. */
    public static final int HEADING_MAX_WORDS = 12;

    /**
     * Drops sentences with a 40% chance or more of being boilerplate; keeps headings. What
     * {@code clean} does by default. (On our dev split, clean-text F1 is flat from 0.3 to 0.6, and
     * 0.4 keeps and drops about what the most probable label does.)
     */
    public static final CleaningPolicy DEFAULT = new CleaningPolicy(EnumSet.of(Label.BOILERPLATE), 0.4, true);
    /**
     * Drops every sentence with a 20% chance or more of being boilerplate: about half the chrome
     * the default leaves in, for about twice the article text lost.
     */
    public static final CleaningPolicy PRECISION = DEFAULT.withBoilerplateThreshold(0.2);
    /**
     * Drops only sentences at least 80% likely to be boilerplate: a third of the article text
     * the default loses, for about three times the chrome left in.
     */
    public static final CleaningPolicy RECALL = DEFAULT.withBoilerplateThreshold(0.8);

    /** Validates the threshold and copies the labels. */
    public CleaningPolicy {
        drop = drop.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(drop));
        if (!(boilerplateThreshold > 0 && boilerplateThreshold <= 1)) {
            throw new IllegalArgumentException("boilerplateThreshold must be in (0, 1], not " + boilerplateThreshold);
        }
    }

    /** This policy dropping exactly the sentences of {@code labels} (and headings, if not kept). */
    public CleaningPolicy withDropped(Set<Label> labels) {
        return new CleaningPolicy(labels, boilerplateThreshold, keepHeadings);
    }

    /** This policy with another BOILERPLATE threshold. */
    public CleaningPolicy withBoilerplateThreshold(double threshold) {
        return new CleaningPolicy(drop, threshold, keepHeadings);
    }

    /** This policy keeping or dropping headings. */
    public CleaningPolicy withHeadings(boolean keep) {
        return new CleaningPolicy(drop, boilerplateThreshold, keep);
    }

    /** Whether this policy drops {@code sentence} of {@code text}. */
    public boolean drops(String text, LabeledSentence sentence) {
        if (drop.contains(Label.BOILERPLATE) && sentence.scores().get(Label.BOILERPLATE) >= boilerplateThreshold) {
            return true;
        }
        if (sentence.label() != Label.BOILERPLATE && drop.contains(sentence.label())) {
            return true;
        }
        return !keepHeadings && isHeading(text, sentence);
    }

    /**
     * The clean text of {@code text}: its sentences this policy keeps, in order, with the original
     * spacing between sentences of a line and line and paragraph breaks kept. The result holds
     * only characters of {@code text}, in their order.
     *
     * @param sentences the labelled sentences of {@code text}, in order
     */
    public CleanText apply(String text, List<LabeledSentence> sentences) {
        return Cleaner.join(text, sentences.stream().filter(s -> !drops(text, s)).toList());
    }

    /** A line of its own, short, without a sentence's final punctuation. */
    static boolean isHeading(String text, LabeledSentence s) {
        if (!aloneOnLine(text, s.start(), s.end())) {
            return false;
        }
        String t = s.text().strip();
        if (t.isEmpty()) {
            return false;
        }
        int end = t.length() - 1;
        while (end > 0 && "\"'”’)]»".indexOf(t.charAt(end)) >= 0) {
            end--;
        }
        if (".!?:;…,".indexOf(t.charAt(end)) >= 0) {
            return false;
        }
        return t.split("\\s+").length <= HEADING_MAX_WORDS;
    }

    private static boolean aloneOnLine(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
