package dev.thresher.features;

import java.util.Map;

/**
 * Turns sentence-stage feature names into words a person can read, for explanations:
 * {@code w:said} is {@code word "said"}, {@code p1.web:byline} is
 * {@code previous sentence: looks like a byline}. Names it does not know are described by their
 * group and the raw cue, never dropped.
 */
public final class FeatureDescriptions {
    private static final Map<String, String> CUES = Map.ofEntries(
            Map.entry("q:none", "no quotation marks"),
            Map.entry("q:any", "has quotation marks"),
            Map.entry("q:starts", "starts with a quotation mark"),
            Map.entry("q:ends", "ends with a quotation mark"),
            Map.entry("q:long", "a long passage in quotation marks (speech)"),
            Map.entry("q:short_only", "only short quoted phrases (a name or term)"),
            Map.entry("q:comma_close", "a quotation closed by a comma (\"..., \" she said)"),
            Map.entry("q:unclosed", "a quotation mark that is not closed"),
            Map.entry("q:unopened", "a closing quotation mark without an opening one"),
            Map.entry("q:straight", "straight quotation marks"),
            Map.entry("q:curly", "curly quotation marks"),
            Map.entry("q:single", "single quotation marks"),
            Map.entry("q:guillemet", "guillemets"),
            Map.entry("rv:verb", "a reporting verb (said, told, announced...)"),
            Map.entry("rv:verb_quote", "a reporting verb next to a quotation"),
            Map.entry("rv:verb_early", "a reporting verb early in the sentence"),
            Map.entry("rv:verb_end", "a reporting verb at the end of the sentence"),
            Map.entry("rv:verb_after_comma", "a reporting verb right after a comma"),
            Map.entry("rv:said_that", "a reporting verb followed by \"that\""),
            Map.entry("rv:according_to", "\"according to\""),
            Map.entry("rv:statement", "\"in a statement\" or similar"),
            Map.entry("rv:colon_end", "ends with a colon (introduces speech or a list)"),
            Map.entry("rv:colon_quote", "a colon followed by a quotation"),
            Map.entry("st:i", "first person singular (I, my, me)"),
            Map.entry("st:we", "first person plural (we, our)"),
            Map.entry("st:we_quoted", "first person plural inside a quotation"),
            Map.entry("st:you", "addresses the reader (you)"),
            Map.entry("st:should", "a modal of advice (should, must, ought)"),
            Map.entry("st:would", "a modal of speculation (would, could, might)"),
            Map.entry("st:hedge", "a hedge (probably, perhaps, seems)"),
            Map.entry("st:intensifier", "an intensifier (very, truly, utterly)"),
            Map.entry("st:eval=1", "one evaluative word"),
            Map.entry("st:eval=2+", "two or more evaluative words"),
            Map.entry("st:question", "a question"),
            Map.entry("st:question_end", "ends with a question mark"),
            Map.entry("st:question_quoted", "a question inside a quotation"),
            Map.entry("st:exclaim", "an exclamation"),
            Map.entry("nm:year", "a year"),
            Map.entry("nm:month", "a month name"),
            Map.entry("nm:day", "a weekday"),
            Map.entry("nm:time", "a clock time"),
            Map.entry("nm:money", "an amount of money"),
            Map.entry("nm:currency", "a currency sign or code"),
            Map.entry("nm:percent", "a percentage"),
            Map.entry("sh:all_caps", "written in capitals"),
            Map.entry("sh:title_case", "Every Word Capitalised (a headline or menu)"),
            Map.entry("sh:lower_start", "starts with a lower-case letter"),
            Map.entry("sh:no_letters", "no letters at all"),
            Map.entry("sh:fragment", "a fragment, not a full sentence"),
            Map.entry("sh:bullet", "starts with a bullet"),
            Map.entry("sh:arrow", "has an arrow or chevron (» ›)"),
            Map.entry("sh:pipe", "has a | separator"),
            Map.entry("sh:copyright", "has a copyright sign"),
            Map.entry("sh:dash_start", "starts with a dash"),
            Map.entry("sh:emoji", "has an emoji"),
            Map.entry("sh:html_entity", "has an HTML entity (&amp;)"),
            Map.entry("sh:end_after_closer", "ends with punctuation after a closing quote or bracket"),
            Map.entry("web:url", "a URL"),
            Map.entry("web:domain", "a domain name"),
            Map.entry("web:email", "an e-mail address"),
            Map.entry("web:handle", "a social-media handle"),
            Map.entry("web:hashtag", "a hashtag"),
            Map.entry("web:byline", "looks like a byline (By ...)"),
            Map.entry("web:ago", "a relative time (3 hours ago)"),
            Map.entry("web:chrome_dense", "mostly web-chrome words"),
            Map.entry("dom:heading", "in a heading (h1-h6)"),
            Map.entry("dom:main_text", "unlinked text inside the page's densest block of prose"),
            Map.entry("dom:main_long", "a long unlinked line inside the page's densest block of prose"),
            Map.entry("dom:articlebody", "inside the page's schema.org articleBody"),
            Map.entry("lay:first", "first sentence of the document"),
            Map.entry("lay:last", "last sentence of the document"),
            Map.entry("lay:alone", "alone on its line"),
            Map.entry("lay:line_first", "first on its line"),
            Map.entry("lay:line_last", "last on its line"),
            Map.entry("lay:para_first", "first line of its paragraph"),
            Map.entry("lay:para_last", "last line of its paragraph"),
            Map.entry("lay:glued_prev", "glued to the previous sentence without a space"),
            Map.entry("lay:glued_next", "glued to the next sentence without a space"),
            Map.entry("lay:dup_line", "its line occurs twice in the document"),
            Map.entry("lay:dup_sentence", "the sentence occurs twice in the document"),
            Map.entry("none", "there is none"),
            Map.entry("same_line", "on the same line"),
            Map.entry("same_para", "in the same paragraph"));

    private static final Map<String, String> VALUED = Map.ofEntries(
            Map.entry("q:marks", "quotation marks"),
            Map.entry("q:inside", "share of the sentence inside quotation marks"),
            Map.entry("nm:digits", "digits"),
            Map.entry("sh:len", "words"),
            Map.entry("sh:end", "final punctuation"),
            Map.entry("web:chrome", "web-chrome words (share, subscribe, menu...)"),
            Map.entry("lay:rel", "position in the document, in fifths"),
            Map.entry("lay:inline", "sentences on its line"),
            Map.entry("lay:para", "lines in its paragraph"),
            Map.entry("dom:in", "in a page element"),
            Map.entry("dom:tag", "its line's block element"),
            Map.entry("dom:cls", "a class or id around it says"),
            Map.entry("dom:links", "share of its line that is link text"),
            Map.entry("dom:main", "place relative to the page's densest block of prose"));

    private FeatureDescriptions() {
    }

    /** A reader's description of the sentence-stage feature {@code name}. */
    public static String describe(String name) {
        if (name.equals(FeatureExtractor.BIAS)) {
            return "every sentence (bias feature)";
        }
        if (name.startsWith("p1.")) {
            return "previous sentence: " + describe(name.substring(3));
        }
        if (name.startsWith("n1.")) {
            return "next sentence: " + describe(name.substring(3));
        }
        if (name.startsWith("w:")) {
            String words = name.substring(2).replace("<s>", "(start)").replace("</s>", "(end)");
            return (words.indexOf(' ') >= 0 ? "words \"" : "word \"") + words + "\"";
        }
        String known = CUES.get(name);
        if (known != null) {
            return known;
        }
        int eq = name.indexOf('=');
        if (eq > 0 && VALUED.containsKey(name.substring(0, eq))) {
            return VALUED.get(name.substring(0, eq)) + ": " + name.substring(eq + 1);
        }
        for (FeatureGroup group : FeatureGroup.values()) {
            if (name.startsWith(group.prefix())) {
                return group.name().toLowerCase(java.util.Locale.ROOT) + " cue " + name.substring(group.prefix().length());
            }
        }
        return name;
    }
}
