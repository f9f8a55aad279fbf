package dev.thresher.features;

/**
 * The groups of features Thresher extracts; each feature name starts with its group's prefix.
 * The bias feature {@code bias} is always present and belongs to no group.
 */
public enum FeatureGroup {
    /** Lower-cased word unigrams ({@code w:}) and bigrams ({@code b:}), digits folded to 0. */
    WORDS("w:"),
    /** Quotation marks: kinds, balance, whether they enclose speech or a short name ({@code q:}). */
    QUOTES("q:"),
    /** Reporting verbs, "according to", "in a statement", a colon introducing speech ({@code rv:}). */
    REPORTING("rv:"),
    /** Pronouns, modals, hedges, evaluative words, questions and exclamations ({@code st:}). */
    STANCE("st:"),
    /** Digits, years, dates, money, percentages, times ({@code nm:}). */
    NUMBERS("nm:"),
    /** Length, capitalisation pattern, terminal punctuation, symbols ({@code sh:}). */
    SHAPE("sh:"),
    /** URLs, e-mail addresses, handles, hashtags, web-page chrome vocabulary ({@code web:}). */
    WEB("web:"),
    /** Position in the document, the line and the paragraph; repeated lines ({@code lay:}). */
    LAYOUT("lay:"),
    /** What a web page's markup says about the sentence's line ({@code dom:}); absent for plain text. */
    MARKUP("dom:"),
    /** The cues above of the previous ({@code p1.}) and next ({@code n1.}) sentence. */
    CONTEXT("p1.");

    private final String prefix;

    FeatureGroup(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of this group's feature names. */
    public String prefix() {
        return prefix;
    }
}
