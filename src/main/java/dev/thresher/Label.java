package dev.thresher;

/** The four sentence labels Thresher assigns; see {@code datasets/GUIDELINES.md}. */
public enum Label {
    /** A statement the writer presents as fact. */
    CLAIM,
    /** Someone's words reported, directly or indirectly. */
    QUOTATION,
    /** The writer's own judgement, speculation, prediction or recommendation. */
    OPINION,
    /** Site noise that is not part of the article. */
    BOILERPLATE;

    /**
     * Parses a label name exactly as written in datasets and model files.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is unknown
     */
    public static Label parse(String name) {
        for (Label label : values()) {
            if (label.name().equals(name)) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown label '" + name
                + "' (expected one of CLAIM, QUOTATION, OPINION, BOILERPLATE)");
    }
}
