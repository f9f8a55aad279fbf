package dev.thresher.features;

import java.util.regex.Pattern;

/**
 * {@link FeatureGroup#SHAPE}: length in tokens, capitalisation pattern, terminal punctuation,
 * symbols (pipes, arrows, bullets, copyright signs, emoji), HTML entities, a leading dash, and
 * whether the sentence is a short fragment.
 */
final class ShapeCues implements CueExtractor {
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-z]{2,8}|#\\d{2,5});");

    @Override
    public FeatureGroup group() {
        return FeatureGroup.SHAPE;
    }

    @Override
    public void extract(SentenceView s, DocumentView document, int index, FeatureSink out) {
        out.add("sh:len=" + lengthBucket(s.tokens));
        String trimmed = s.trimmed;
        int upper = 0;
        int letters = 0;
        int capitalisedWords = 0;
        int words = 0;
        boolean wordStart = true;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
                if (wordStart) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        capitalisedWords++;
                    }
                }
                wordStart = false;
            } else {
                wordStart = Character.isWhitespace(c) || c == '-' || c == '/' || c == '|';
            }
        }
        if (letters == 0) {
            out.add("sh:no_letters");
        } else if (letters >= 3 && upper == letters) {
            out.add("sh:all_caps");
        } else if (words >= 2 && capitalisedWords * 10 >= words * 7) {
            out.add("sh:title_case");
        } else if (Character.isLowerCase(trimmed.charAt(0))) {
            out.add("sh:lower_start");
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        int end = trimmed.length() - 1;
        while (end > 0 && QuoteMarks.isQuoteChar(trimmed.charAt(end)) || end > 0 && trimmed.charAt(end) == ')') {
            end--;
        }
        char terminal = trimmed.charAt(end);
        out.add("sh:end=" + switch (terminal) {
            case '.' -> trimmed.endsWith("...") ? "ellipsis" : "period";
            case '!' -> "exclaim";
            case '?' -> "question";
            case ':' -> "colon";
            case ';', ',' -> "comma";
            case '\u2026' -> "ellipsis";
            default -> Character.isLetterOrDigit(terminal) ? "none" : "symbol";
        });
        if (last != terminal) {
            out.add("sh:end_after_closer");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            switch (c) {
                case '|' -> out.add("sh:pipe");
                case '\u00BB', '\u203A', '>', '\u2192' -> out.add("sh:arrow");
                case '\u2022', '\u25AA', '\u25E6', '\u2043', '\u00B7' -> out.add("sh:bullet");
                case '\u00A9', '\u00AE', '\u2122' -> out.add("sh:copyright");
                default -> {
                    if (Character.isSurrogate(c) || c >= '\u2600' && c <= '\u27BF') {
                        out.add("sh:emoji");
                    }
                }
            }
        }
        if (trimmed.indexOf('&') >= 0 && ENTITY.matcher(trimmed).find()) {
            out.add("sh:html_entity");
        }
        char first = trimmed.charAt(0);
        if (first == '-' || first == '*' || first == '\u2013' || first == '\u2014') {
            out.add("sh:dash_start");
        }
        if (s.letterWords <= 3 && s.tokens <= 4) {
            out.add("sh:fragment");
        }
    }

    private static String lengthBucket(int tokens) {
        if (tokens <= 3) {
            return Integer.toString(tokens);
        }
        if (tokens <= 6) {
            return "4-6";
        }
        if (tokens <= 10) {
            return "7-10";
        }
        if (tokens <= 18) {
            return "11-18";
        }
        if (tokens <= 30) {
            return "19-30";
        }
        return "31+";
    }
}
