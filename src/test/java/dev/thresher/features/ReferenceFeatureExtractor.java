package dev.thresher.features;

import dev.thresher.segment.Sentence;
import dev.thresher.segment.WordTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The feature extractor as it was before the speed work (commit 8495b7a), kept verbatim as the
 * reference the optimised {@link FeatureExtractor} must match name for name. Turns the sentences of one document into feature names, the same way for training and for
 * classification. Each sentence gets the bias feature {@code bias}, its word n-grams, its own
 * cue features (see {@link FeatureGroup}) and, when the configuration asks for context, the
 * cues of its neighbours prefixed {@code p1.} and {@code n1.}. Features are binary.
 *
 * <p>Thread-safe.
 */
final class ReferenceFeatureExtractor {
    /** The feature every sentence has, so that no example is ever empty. */
    public static final String BIAS = "bias";

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]+\\.(?:com|org|net|co|io|info|news|uk|us|gov|edu|ly|tv)\\b");
    private static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.]{2,30}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w{2,30}");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#\\p{L}\\w{1,40}");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b|\\b[ap]\\.?m\\.?(?!\\w)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-z]{2,8}|#\\d{2,5});");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[-\u2014\u2013]\\s*)?(?i:by|written by|words by|story by|reporting by|posted by|from)\\s+\\p{Lu}");
    private static final Pattern AGO = Pattern.compile("(?i)\\b\\d+\\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s+ago\\b");

    private final FeatureConfig config;
    private final WordTokenizer tokenizer;

    /** An extractor for {@code config}. */
    ReferenceFeatureExtractor(FeatureConfig config) {
        this.config = config;
        this.tokenizer = WordTokenizer.of(config.tokenizer());
    }

    /** The configuration this extractor follows. */
    public FeatureConfig config() {
        return config;
    }

    /**
     * The features of every sentence of one document, in document order; each array is sorted
     * and free of duplicates.
     */
    public List<String[]> extract(List<Sentence> sentences) {
        int n = sentences.size();
        List<Set<String>> cues = new ArrayList<>(n);
        List<Set<String>> words = new ArrayList<>(n);
        DocumentView doc = new DocumentView(sentences);
        for (int i = 0; i < n; i++) {
            Set<String> own = new HashSet<>();
            Set<String> ngrams = new HashSet<>();
            sentenceFeatures(sentences.get(i), own, ngrams);
            if (config.enabled(FeatureGroup.LAYOUT)) {
                layout(doc, i, own);
            }
            cues.add(own);
            words.add(ngrams);
        }
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TreeSet<String> all = new TreeSet<>(cues.get(i));
            all.addAll(words.get(i));
            all.add(BIAS);
            if (config.context() && config.enabled(FeatureGroup.CONTEXT)) {
                neighbour(sentences, cues, i, i - 1, "p1.", all);
                neighbour(sentences, cues, i, i + 1, "n1.", all);
            }
            out.add(all.toArray(new String[0]));
        }
        return out;
    }

    private static void neighbour(List<Sentence> sentences, List<Set<String>> cues, int i, int j, String prefix,
                                  Set<String> out) {
        if (j < 0 || j >= sentences.size()) {
            out.add(prefix + "none");
            return;
        }
        for (String cue : cues.get(j)) {
            if (!cue.startsWith("lay:rel") && !cue.equals("lay:first") && !cue.equals("lay:last")) {
                out.add(prefix + cue);
            }
        }
        Sentence a = sentences.get(i);
        Sentence b = sentences.get(j);
        if (a.line() == b.line()) {
            out.add(prefix + "same_line");
        } else if (a.paragraph() == b.paragraph()) {
            out.add(prefix + "same_para");
        }
    }

    private void sentenceFeatures(Sentence sentence, Set<String> cues, Set<String> ngrams) {
        String s = sentence.text();
        int[] spans = tokenizer.tokenize(s);
        int count = spans.length / 2;
        String[] lower = new String[count];
        for (int t = 0; t < count; t++) {
            lower[t] = fold(s.substring(spans[2 * t], spans[2 * t + 1]));
        }
        QuoteMarks quotes = QuoteMarks.of(s);
        if (config.enabled(FeatureGroup.WORDS)) {
            words(lower, ngrams);
        }
        if (config.enabled(FeatureGroup.QUOTES)) {
            quotes(s, quotes, cues);
        }
        int reporting = 0;
        int chrome = 0;
        int evaluative = 0;
        int letterWords = 0;
        boolean[] seen = new boolean[12];
        for (int t = 0; t < count; t++) {
            String w = lower[t];
            boolean in = quotes.inside[spans[2 * t]];
            if (Character.isLetter(w.charAt(0))) {
                letterWords++;
            }
            if (!in && Lexicons.REPORTING_VERBS.contains(w)) {
                reporting++;
                if (t + 1 < count && lower[t + 1].equals("that")) {
                    seen[0] = true;
                }
                if (t >= count - 3) {
                    seen[1] = true;
                }
                if (w.equals("according") && t + 1 < count && lower[t + 1].equals("to")) {
                    seen[2] = true;
                }
            }
            if (Lexicons.CHROME.contains(w)) {
                chrome++;
            }
            if (!in && Lexicons.EVALUATIVE.contains(w)) {
                evaluative++;
            }
            seen[3] |= !in && Lexicons.FIRST_SINGULAR.contains(w);
            seen[4] |= !in && Lexicons.FIRST_PLURAL.contains(w);
            seen[5] |= !in && Lexicons.SECOND.contains(w);
            seen[6] |= in && (Lexicons.FIRST_SINGULAR.contains(w) || Lexicons.FIRST_PLURAL.contains(w));
            seen[7] |= !in && Lexicons.NORM_MODALS.contains(w);
            seen[8] |= !in && Lexicons.POSSIBILITY.contains(w);
            seen[9] |= !in && Lexicons.HEDGES.contains(w);
            seen[10] |= !in && Lexicons.INTENSIFIERS.contains(w);
            seen[11] |= w.equals("statement") && t > 0 && lower[t - 1].equals("a");
        }
        if (config.enabled(FeatureGroup.REPORTING)) {
            reporting(s, quotes, reporting, seen, cues);
        }
        if (config.enabled(FeatureGroup.STANCE)) {
            stance(s, quotes, evaluative, seen, cues);
        }
        if (config.enabled(FeatureGroup.NUMBERS)) {
            numbers(s, lower, cues);
        }
        if (config.enabled(FeatureGroup.SHAPE)) {
            shape(s, count, letterWords, cues);
        }
        if (config.enabled(FeatureGroup.WEB)) {
            web(s, chrome, letterWords, cues);
        }
    }

    /**
     * Lower case, digits folded to 0; tokens holding surrogates (emoji and other
     * supplementary-plane symbols, which the tokenizer may split in halves) become {@code <sym>}.
     */
    private static String fold(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isSurrogate(token.charAt(i))) {
                return "<sym>";
            }
        }
        String lower = token.toLowerCase(Locale.ROOT);
        boolean digit = false;
        for (int i = 0; i < lower.length() && !digit; i++) {
            digit = Character.isDigit(lower.charAt(i));
        }
        if (!digit) {
            return lower;
        }
        char[] chars = lower.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '0';
            }
        }
        return new String(chars);
    }

    private void words(String[] lower, Set<String> out) {
        for (int t = 0; t < lower.length; t++) {
            out.add("w:" + lower[t]);
            if (config.maxNgram() >= 2) {
                out.add("w:" + (t == 0 ? "<s>" : lower[t - 1]) + " " + lower[t]);
            }
        }
        if (config.maxNgram() >= 2 && lower.length > 0) {
            out.add("w:" + lower[lower.length - 1] + " </s>");
        }
    }

    private static void quotes(String s, QuoteMarks q, Set<String> out) {
        if (q.marks == 0) {
            out.add("q:none");
            return;
        }
        out.add("q:any");
        out.add("q:marks=" + Math.min(q.marks, 3));
        String trimmed = s.strip();
        if (isQuote(trimmed.charAt(0))) {
            out.add("q:starts");
        }
        if (isQuote(trimmed.charAt(trimmed.length() - 1))) {
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
        double share = q.insideShare(s);
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

    private static boolean isQuote(char c) {
        return "\"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB".indexOf(c) >= 0;
    }

    private static void reporting(String s, QuoteMarks q, int verbs, boolean[] seen, Set<String> out) {
        if (verbs > 0) {
            out.add("rv:verb");
            if (q.marks > 0) {
                out.add("rv:verb_quote");
            }
        }
        if (seen[0]) {
            out.add("rv:said_that");
        }
        if (seen[1]) {
            out.add("rv:verb_end");
        }
        if (seen[2]) {
            out.add("rv:according_to");
        }
        if (seen[11]) {
            out.add("rv:statement");
        }
        String trimmed = s.strip();
        if (trimmed.endsWith(":")) {
            out.add("rv:colon_end");
        }
        int colon = trimmed.indexOf(':');
        if (colon >= 0 && colon + 1 < trimmed.length()) {
            String rest = trimmed.substring(colon + 1).strip();
            if (!rest.isEmpty() && isQuote(rest.charAt(0))) {
                out.add("rv:colon_quote");
            }
        }
    }

    private static void stance(String s, QuoteMarks q, int evaluative, boolean[] seen, Set<String> out) {
        String[] names = {null, null, null, "st:i", "st:we", "st:you", "st:we_quoted", "st:should", "st:would",
            "st:hedge", "st:intensifier"};
        for (int k = 3; k <= 10; k++) {
            if (seen[k]) {
                out.add(names[k]);
            }
        }
        if (evaluative > 0) {
            out.add(evaluative == 1 ? "st:eval=1" : "st:eval=2+");
        }
        String trimmed = s.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        int lastQ = trimmed.lastIndexOf('?');
        if (lastQ >= 0) {
            out.add(q.inside[s.indexOf(trimmed) + lastQ] ? "st:question_quoted" : "st:question");
        }
        if (trimmed.indexOf('!') >= 0) {
            out.add("st:exclaim");
        }
        if (last == '?' && q.marks == 0) {
            out.add("st:question_end");
        }
    }

    private static void numbers(String s, String[] lower, Set<String> out) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        if (digits > 0) {
            out.add("nm:digits=" + (digits <= 2 ? "1" : digits <= 6 ? "few" : "many"));
        }
        if (YEAR.matcher(s).find()) {
            out.add("nm:year");
        }
        if (TIME.matcher(s).find()) {
            out.add("nm:time");
        }
        if (s.indexOf('%') >= 0) {
            out.add("nm:percent");
        }
        if (s.indexOf('$') >= 0 || s.indexOf('\u20AC') >= 0 || s.indexOf('\u00A3') >= 0 || s.indexOf('\u00A5') >= 0) {
            out.add("nm:currency");
        }
        for (String w : lower) {
            if (Lexicons.MONTHS.contains(w)) {
                out.add("nm:month");
            } else if (Lexicons.WEEKDAYS.contains(w)) {
                out.add("nm:day");
            } else if (Lexicons.MONEY_WORDS.contains(w)) {
                out.add("nm:money");
            } else if (w.equals("percent") || w.equals("cent")) {
                out.add("nm:percent");
            }
        }
    }

    private static void shape(String s, int tokens, int letterWords, Set<String> out) {
        out.add("sh:len=" + lengthBucket(tokens));
        String trimmed = s.strip();
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
        while (end > 0 && isQuote(trimmed.charAt(end)) || end > 0 && trimmed.charAt(end) == ')') {
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
        if (ENTITY.matcher(trimmed).find()) {
            out.add("sh:html_entity");
        }
        char first = trimmed.charAt(0);
        if (first == '-' || first == '*' || first == '\u2013' || first == '\u2014') {
            out.add("sh:dash_start");
        }
        if (letterWords <= 3 && tokens <= 4) {
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

    private static void web(String s, int chrome, int letterWords, Set<String> out) {
        if (URL.matcher(s).find()) {
            out.add("web:url");
        } else if (DOMAIN.matcher(s).find()) {
            out.add("web:domain");
        }
        if (EMAIL.matcher(s).find()) {
            out.add("web:email");
        }
        if (HANDLE.matcher(s).find()) {
            out.add("web:handle");
        }
        if (HASHTAG.matcher(s).find()) {
            out.add("web:hashtag");
        }
        if (BYLINE.matcher(s.strip()).find()) {
            out.add("web:byline");
        }
        if (AGO.matcher(s).find()) {
            out.add("web:ago");
        }
        if (chrome > 0) {
            out.add("web:chrome=" + Math.min(chrome, 3));
            if (chrome * 2 >= Math.max(letterWords, 1)) {
                out.add("web:chrome_dense");
            }
        }
    }

    private static void layout(DocumentView doc, int i, Set<String> out) {
        Sentence s = doc.sentences.get(i);
        int n = doc.sentences.size();
        if (i == 0) {
            out.add("lay:first");
        }
        if (i == n - 1) {
            out.add("lay:last");
        }
        out.add("lay:rel=" + (5 * i / n));
        out.add("lay:inline=" + Math.min(s.sentencesInLine(), 3));
        if (s.aloneOnLine()) {
            out.add("lay:alone");
        } else if (s.indexInLine() == 0) {
            out.add("lay:line_first");
        } else if (s.indexInLine() == s.sentencesInLine() - 1) {
            out.add("lay:line_last");
        }
        int paragraphSize = doc.paragraphSizes.get(s.paragraph());
        out.add("lay:para=" + Math.min(paragraphSize, 4));
        if (s.paragraph() == 0) {
            out.add("lay:para_first");
        }
        if (s.paragraph() == doc.lastParagraph) {
            out.add("lay:para_last");
        }
        if (i > 0 && doc.sentences.get(i - 1).end() == s.start()) {
            out.add("lay:glued_prev");
        }
        if (i + 1 < n && doc.sentences.get(i + 1).start() == s.end()) {
            out.add("lay:glued_next");
        }
        if (doc.repeatedLine[i]) {
            out.add("lay:dup_line");
        }
        if (doc.repeatedSentence[i]) {
            out.add("lay:dup_sentence");
        }
    }

    /** Document-wide facts about the sentences, computed once per document. */
    private static final class DocumentView {
        final List<Sentence> sentences;
        final Map<Integer, Integer> paragraphSizes = new HashMap<>();
        final int lastParagraph;
        final boolean[] repeatedLine;
        final boolean[] repeatedSentence;

        DocumentView(List<Sentence> sentences) {
            this.sentences = sentences;
            int n = sentences.size();
            repeatedLine = new boolean[n];
            repeatedSentence = new boolean[n];
            Set<String> seenSentences = new HashSet<>();
            Set<String> seenLines = new HashSet<>();
            Map<Integer, StringBuilder> lines = new HashMap<>();
            int last = 0;
            for (Sentence s : sentences) {
                paragraphSizes.merge(s.paragraph(), 1, Integer::sum);
                last = Math.max(last, s.paragraph());
                lines.computeIfAbsent(s.line(), k -> new StringBuilder()).append(s.text()).append(' ');
            }
            lastParagraph = last;
            int previousLine = -1;
            boolean lineRepeated = false;
            for (int i = 0; i < n; i++) {
                Sentence s = sentences.get(i);
                String norm = normalise(s.text());
                repeatedSentence[i] = norm.length() > 0 && !seenSentences.add(norm);
                if (s.line() != previousLine) {
                    String line = normalise(lines.get(s.line()).toString());
                    lineRepeated = line.length() > 0 && !seenLines.add(line);
                    previousLine = s.line();
                }
                repeatedLine[i] = lineRepeated;
            }
        }

        private static String normalise(String text) {
            StringBuilder b = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    b.append(Character.toLowerCase(c));
                }
            }
            return b.toString();
        }
    }

    /** Feature names sorted, for tests and debugging. */
    static List<String> sorted(String[] features) {
        return Arrays.asList(features);
    }
}
