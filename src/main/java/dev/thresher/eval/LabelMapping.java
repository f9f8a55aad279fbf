package dev.thresher.eval;

import dev.thresher.Label;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How our labels are scored against a gold label set of its own ({@code CONTENT} vs
 * {@code BOILERPLATE}, {@code QUOTATION} vs {@code OTHER}): each of our labels maps to a gold
 * label, itself unless said otherwise.
 */
public final class LabelMapping implements UnaryOperator<String> {
    private final Map<Label, String> map;

    private LabelMapping(Map<Label, String> map) {
        this.map = map;
    }

    /** No mapping: every label is itself. */
    public static LabelMapping identity() {
        return new LabelMapping(new EnumMap<>(Label.class));
    }

    /**
     * Parses {@code CLAIM=CONTENT,QUOTATION=CONTENT}: a comma-separated list of
     * {@code OURS=GOLD}; a blank or {@code null} spec is the identity.
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    public static LabelMapping parse(String spec) {
        Map<Label, String> map = new EnumMap<>(Label.class);
        if (spec == null || spec.isBlank()) {
            return new LabelMapping(map);
        }
        for (String entry : spec.split(",")) {
            String e = entry.trim();
            int eq = e.indexOf('=');
            if (eq <= 0 || eq == e.length() - 1) {
                throw new IllegalArgumentException("'" + e + "' is not LABEL=GOLD_LABEL");
            }
            Label ours;
            try {
                ours = Label.valueOf(e.substring(0, eq).trim());
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException("'" + e.substring(0, eq).trim() + "' is not one of our labels "
                        + java.util.Arrays.toString(Label.values()));
            }
            if (map.containsKey(ours)) {
                throw new IllegalArgumentException(ours + " is mapped twice");
            }
            map.put(ours, e.substring(eq + 1).trim());
        }
        return new LabelMapping(map);
    }

    /** The gold label our label {@code label} (a {@link Label} name) is scored as. */
    @Override
    public String apply(String label) {
        try {
            return map.getOrDefault(Label.valueOf(label), label);
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    /** Whether this is the identity. */
    public boolean isIdentity() {
        return map.isEmpty();
    }

    /** The mapping as the option spells it ({@code CLAIM=CONTENT,...}), or {@code "none"}. */
    @Override
    public String toString() {
        if (map.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        map.forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return s.toString();
    }
}
