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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * TEST-ONLY, TEMPORARY: a verbatim copy of FeatureExtractor as it was before the split into cue
 * extractors, to check the new code gives identical names and ids. Deleted once that is shown.
 *
 * Turns the sentences of one document into feature names, the same way for training and for
 * classification. Each sentence gets the bias feature {@code bias}, its word n-grams, its own
 * cue features (see {@link FeatureGroup}) and, when the configuration asks for context, the
 * cues of its neighbours prefixed {@code p1.} and {@code n1.}. Features are binary.
 *
 * <p>Two outputs share one extraction code path: {@link #extract} gives the feature names (for
 * training and inspection) and {@link #encoder} gives feature ids straight from a model's
 * feature index (for classification, without sorting or keeping names).
 *
 * <p>The cheap character tests in front of the regular expressions are necessary conditions of
 * the expressions (a test that fails means the expression cannot match), so the features are
 * exactly those of the expressions alone.
 *
 * <p>Thread-safe.
 */
final class ReferenceFeatureExtractor {
    /** The feature every sentence has, so that no example is ever empty. */
    public static final String BIAS = "bias";

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]{1,63}\\.(?:com|org|net|co|io|info|news|uk|us|gov|edu|ly|tv)\\b");
    private static final Pattern EMAIL = Pattern.compile("\\b[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.]{2,30}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w{2,30}");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#\\p{L}\\w{1,40}");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b|\\b[ap]\\.?m\\.?(?!\\w)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-z]{2,8}|#\\d{2,5});");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[-\u2014\u2013]\\s*)?(?i:by|written by|words by|story by|reporting by|posted by|from)\\s+\\p{Lu}");
    private static final Pattern AGO = Pattern.compile("(?i)\\b\\d{1,4}\\s{0,3}(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s{1,3}ago\\b");

    private final FeatureConfig config;
    private final WordTokenizer tokenizer;

    /** An extractor for {@code config}. */
    ReferenceFeatureExtractor(FeatureConfig config) {
        this.config = config;
        this.tokenizer = WordTokenizer.of(config.tokenizer().id());
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
        Collected c = collect(sentences);
        int n = sentences.size();
        boolean context = context();
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> all = new ArrayList<>(c.cues[i].size() * 3 + c.words[i].size() + 8);
            all.addAll(c.cues[i]);
            all.addAll(c.words[i]);
            all.add(BIAS);
            if (context) {
                neighbour(sentences, c.cues, i, i - 1, "p1.", all);
                neighbour(sentences, c.cues, i, i + 1, "n1.", all);
            }
            out.add(sortedUnique(all.toArray(new String[0])));
        }
        return out;
    }

    private boolean context() {
        return config.context() && config.enabled(FeatureGroup.CONTEXT);
    }

    private static String[] sortedUnique(String[] names) {
        Arrays.sort(names);
        int k = 0;
        for (int i = 0; i < names.length; i++) {
            if (k == 0 || !names[i].equals(names[k - 1])) {
                names[k++] = names[i];
            }
        }
        return k == names.length ? names : Arrays.copyOf(names, k);
    }

    /** Whether a cue of a neighbour is passed on to a sentence with a {@code p1.}/{@code n1.} prefix. */
    private static boolean passedToNeighbours(String cue) {
        return !cue.startsWith("lay:rel") && !cue.equals("lay:first") && !cue.equals("lay:last");
    }

    private static void neighbour(List<Sentence> sentences, List<String>[] cues, int i, int j, String prefix,
                                  List<String> out) {
        if (j < 0 || j >= sentences.size()) {
            out.add(prefix + "none");
            return;
        }
        for (String cue : cues[j]) {
            if (passedToNeighbours(cue)) {
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

    /** The own cues and the word n-grams of every sentence of a document (lists may repeat a name). */
    private static final class Collected {
        final List<String>[] cues;
        final List<String>[] words;

        @SuppressWarnings("unchecked")
        Collected(int n) {
            cues = new List[n];
            words = new List[n];
        }
    }

    private Collected collect(List<Sentence> sentences) {
        int n = sentences.size();
        Collected c = new Collected(n);
        boolean layout = config.enabled(FeatureGroup.LAYOUT);
        DocumentView doc = layout ? new DocumentView(sentences) : null;
        for (int i = 0; i < n; i++) {
            List<String> own = new ArrayList<>(40);
            List<String> ngrams = new ArrayList<>(48);
            sentenceFeatures(sentences.get(i), own, ngrams);
            if (layout) {
                layout(doc, i, own);
            }
            c.cues[i] = own;
            c.words[i] = ngrams;
        }
        return c;
    }

    /**
     * An encoder that maps the features of this extractor to the ids of a model's feature index
     * ({@code index} gives the id of a feature name, or a negative number for a name the model
     * does not know). Thread-safe; it caches the ids of cue features.
     */
    public Encoder encoder(ToIntFunction<String> index) {
        return new Encoder(index);
    }

    /** Turns the sentences of a document into sorted, duplicate-free feature ids of one model. */
    public final class Encoder {
        private final ToIntFunction<String> index;
        /** Cue name -> {its id, the id of p1.cue, the id of n1.cue}; -1 where unknown or not passed on. */
        private final Map<String, int[]> cueIds = new ConcurrentHashMap<>();
        private final int[] fixed;

        private Encoder(ToIntFunction<String> index) {
            this.index = index;
            String[] names = {BIAS, "p1.none", "n1.none", "p1.same_line", "n1.same_line", "p1.same_para",
                "n1.same_para"};
            fixed = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                fixed[k] = id(names[k]);
            }
        }

        private int id(String name) {
            int id = index.applyAsInt(name);
            return id < 0 ? -1 : id;
        }

        private int[] cue(String cue) {
            int[] ids = cueIds.get(cue);
            if (ids == null) {
                boolean passed = passedToNeighbours(cue);
                ids = new int[] {id(cue), passed ? id("p1." + cue) : -1, passed ? id("n1." + cue) : -1};
                cueIds.put(cue, ids);
            }
            return ids;
        }

        /**
         * The ids of the known features of every sentence of one document, in document order;
         * each array is sorted ascending and free of duplicates. Features the model does not know
         * are left out.
         */
        public int[][] encode(List<Sentence> sentences) {
            Collected c = collect(sentences);
            int n = sentences.size();
            boolean context = context();
            int[][] out = new int[n][];
            int[] buffer = new int[256];
            for (int i = 0; i < n; i++) {
                int size = 0;
                int need = c.cues[i].size() + c.words[i].size() + 8
                        + (i > 0 ? c.cues[i - 1].size() : 0) + (i + 1 < n ? c.cues[i + 1].size() : 0);
                if (buffer.length < need) {
                    buffer = new int[Math.max(need, buffer.length * 2)];
                }
                for (String cue : c.cues[i]) {
                    buffer[size++] = cue(cue)[0];
                }
                for (String word : c.words[i]) {
                    buffer[size++] = id(word);
                }
                buffer[size++] = fixed[0];
                if (context) {
                    size = neighbour(sentences, c.cues, i, i - 1, 1, buffer, size);
                    size = neighbour(sentences, c.cues, i, i + 1, 2, buffer, size);
                }
                out[i] = sortedUniqueKnown(buffer, size);
            }
            return out;
        }

        private int neighbour(List<Sentence> sentences, List<String>[] cues, int i, int j, int side, int[] buffer,
                              int size) {
            if (j < 0 || j >= sentences.size()) {
                buffer[size++] = fixed[side];
                return size;
            }
            for (String cue : cues[j]) {
                buffer[size++] = cue(cue)[side];
            }
            Sentence a = sentences.get(i);
            Sentence b = sentences.get(j);
            if (a.line() == b.line()) {
                buffer[size++] = fixed[2 + side];
            } else if (a.paragraph() == b.paragraph()) {
                buffer[size++] = fixed[4 + side];
            }
            return size;
        }
    }

    private static int[] sortedUniqueKnown(int[] buffer, int size) {
        Arrays.sort(buffer, 0, size);
        int from = 0;
        while (from < size && buffer[from] < 0) {
            from++;
        }
        int k = 0;
        int[] out = new int[size - from];
        for (int i = from; i < size; i++) {
            if (k == 0 || buffer[i] != out[k - 1]) {
                out[k++] = buffer[i];
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    private void sentenceFeatures(Sentence sentence, List<String> cues, List<String> ngrams) {
        String s = sentence.text();
        int[] spans = tokenizer.tokenize(s);
        int count = spans.length / 2;
        String[] lower = new String[count];
        int[] masks = new int[count];
        for (int t = 0; t < count; t++) {
            lower[t] = fold(s.substring(spans[2 * t], spans[2 * t + 1]));
            masks[t] = Lexicons.mask(lower[t]);
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
        boolean[] seen = new boolean[14];
        for (int t = 0; t < count; t++) {
            String w = lower[t];
            int m = masks[t];
            boolean in = quotes.inside[spans[2 * t]];
            if (Character.isLetter(w.charAt(0))) {
                letterWords++;
            }
            if (!in && (m & Lexicons.REPORTING) != 0) {
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
                if (t >= 1 && t <= 8) {
                    seen[12] = true;
                }
                if (t >= 1 && (lower[t - 1].equals(",") || t >= 2 && lower[t - 2].equals(",")
                        || t >= 3 && lower[t - 3].equals(","))) {
                    seen[13] = true;
                }
            }
            if ((m & Lexicons.CHROME_WORD) != 0) {
                chrome++;
            }
            if (!in && (m & Lexicons.EVALUATIVE_WORD) != 0) {
                evaluative++;
            }
            seen[3] |= !in && (m & Lexicons.I) != 0;
            seen[4] |= !in && (m & Lexicons.WE) != 0;
            seen[5] |= !in && (m & Lexicons.YOU) != 0;
            seen[6] |= in && (m & (Lexicons.I | Lexicons.WE)) != 0;
            seen[7] |= !in && (m & Lexicons.MODAL) != 0;
            seen[8] |= !in && (m & Lexicons.POSSIBLE) != 0;
            seen[9] |= !in && (m & Lexicons.HEDGE) != 0;
            seen[10] |= !in && (m & Lexicons.INTENSIFIER) != 0;
            seen[11] |= w.equals("statement") && t > 0 && lower[t - 1].equals("a");
        }
        if (config.enabled(FeatureGroup.REPORTING)) {
            reporting(s, quotes, reporting, seen, cues);
        }
        if (config.enabled(FeatureGroup.STANCE)) {
            stance(s, quotes, evaluative, seen, cues);
        }
        if (config.enabled(FeatureGroup.NUMBERS)) {
            numbers(s, lower, masks, cues);
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

    private void words(String[] lower, List<String> out) {
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

    private static void quotes(String s, QuoteMarks q, List<String> out) {
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

    private static void reporting(String s, QuoteMarks q, int verbs, boolean[] seen, List<String> out) {
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
        if (seen[12]) {
            out.add("rv:verb_early");
        }
        if (seen[13]) {
            out.add("rv:verb_after_comma");
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

    private static final String[] STANCE_NAMES = {null, null, null, "st:i", "st:we", "st:you", "st:we_quoted",
        "st:should", "st:would", "st:hedge", "st:intensifier"};

    private static void stance(String s, QuoteMarks q, int evaluative, boolean[] seen, List<String> out) {
        for (int k = 3; k <= 10; k++) {
            if (seen[k]) {
                out.add(STANCE_NAMES[k]);
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

    private static void numbers(String s, String[] lower, int[] masks, List<String> out) {
        int digits = 0;
        int asciiDigits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                if (c <= '9' && c >= '0') {
                    asciiDigits++;
                }
            }
        }
        if (digits > 0) {
            out.add("nm:digits=" + (digits <= 2 ? "1" : digits <= 6 ? "few" : "many"));
        }
        // YEAR needs four ASCII digits; TIME needs "d:dd" / "d.dd" or a.m./pm at a word start.
        if (asciiDigits >= 4 && YEAR.matcher(s).find()) {
            out.add("nm:year");
        }
        if ((asciiDigits >= 3 && hasDigitTime(s) || hasMeridiem(s)) && TIME.matcher(s).find()) {
            out.add("nm:time");
        }
        if (s.indexOf('%') >= 0) {
            out.add("nm:percent");
        }
        if (s.indexOf('$') >= 0 || s.indexOf('\u20AC') >= 0 || s.indexOf('\u00A3') >= 0 || s.indexOf('\u00A5') >= 0) {
            out.add("nm:currency");
        }
        for (int t = 0; t < lower.length; t++) {
            int m = masks[t];
            if ((m & Lexicons.MONTH) != 0) {
                out.add("nm:month");
            } else if ((m & Lexicons.WEEKDAY) != 0) {
                out.add("nm:day");
            } else if ((m & Lexicons.MONEY) != 0) {
                out.add("nm:money");
            } else if (lower[t].equals("percent") || lower[t].equals("cent")) {
                out.add("nm:percent");
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** ASCII lower case of {@code c} (the case folding of a case-insensitive pattern without UNICODE_CASE). */
    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** A necessary condition of TIME's first branch: a digit, ':' or '.', two digits. */
    private static boolean hasDigitTime(String s) {
        for (int k = 1; k + 2 < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == ':' || c == '.') && isAsciiDigit(s.charAt(k - 1)) && isAsciiDigit(s.charAt(k + 1))
                    && isAsciiDigit(s.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** A necessary condition of TIME's second branch: a or p not after a word character, then m or .m. */
    private static boolean hasMeridiem(String s) {
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = asciiLower(s.charAt(i));
            if (c != 'a' && c != 'p') {
                continue;
            }
            if (i > 0) {
                char prev = s.charAt(i - 1);
                if (prev == '_' || Character.isLetterOrDigit(prev)) {
                    continue;
                }
            }
            int j = i + 1;
            if (s.charAt(j) == '.') {
                j++;
            }
            if (j < n && asciiLower(s.charAt(j)) == 'm') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds {@code lowerNeedle}, ignoring ASCII case. */
    private static boolean containsAsciiIgnoreCase(String s, String lowerNeedle) {
        int last = s.length() - lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        outer:
        for (int i = 0; i <= last; i++) {
            if (asciiLower(s.charAt(i)) != first) {
                continue;
            }
            for (int k = 1; k < lowerNeedle.length(); k++) {
                if (asciiLower(s.charAt(i + k)) != lowerNeedle.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void shape(String s, int tokens, int letterWords, List<String> out) {
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
        if (trimmed.indexOf('&') >= 0 && ENTITY.matcher(trimmed).find()) {
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

    private static void web(String s, int chrome, int letterWords, List<String> out) {
        if (mayHoldUrl(s) && URL.matcher(s).find()) {
            out.add("web:url");
        } else if (mayHoldDomain(s) && DOMAIN.matcher(s).find()) {
            out.add("web:domain");
        }
        boolean at = s.indexOf('@') >= 0;
        if (at && EMAIL.matcher(s).find()) {
            out.add("web:email");
        }
        if (at && HANDLE.matcher(s).find()) {
            out.add("web:handle");
        }
        if (s.indexOf('#') >= 0 && HASHTAG.matcher(s).find()) {
            out.add("web:hashtag");
        }
        String trimmed = s.strip();
        if (mayBeByline(trimmed) && BYLINE.matcher(trimmed).find()) {
            out.add("web:byline");
        }
        if (containsAsciiIgnoreCase(s, "ago") && AGO.matcher(s).find()) {
            out.add("web:ago");
        }
        if (chrome > 0) {
            out.add("web:chrome=" + Math.min(chrome, 3));
            if (chrome * 2 >= Math.max(letterWords, 1)) {
                out.add("web:chrome_dense");
            }
        }
    }

    /** A necessary condition of URL: "http" or "www." in any ASCII case. */
    private static boolean mayHoldUrl(String s) {
        return containsAsciiIgnoreCase(s, "http") || containsAsciiIgnoreCase(s, "www.");
    }

    /** A necessary condition of DOMAIN: a letter, digit or '-', then '.', then a letter. */
    private static boolean mayHoldDomain(String s) {
        int n = s.length();
        for (int k = 1; k + 1 < n; k++) {
            if (s.charAt(k) != '.') {
                continue;
            }
            char before = s.charAt(k - 1);
            if ((isAsciiLetter(before) || isAsciiDigit(before) || before == '-') && isAsciiLetter(s.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A necessary condition of BYLINE: its first letter (after an optional dash and spaces) starts one of its words. */
    private static boolean mayBeByline(String t) {
        if (t.isEmpty()) {
            return false;
        }
        if (bylineInitial(t.charAt(0))) {
            return true;
        }
        char c = t.charAt(0);
        if (c != '-' && c != '\u2014' && c != '\u2013') {
            return false;
        }
        int i = 1;
        while (i < t.length() && " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && bylineInitial(t.charAt(i));
    }

    private static boolean bylineInitial(char c) {
        return "bwsrpf".indexOf(asciiLower(c)) >= 0;
    }

    private static void layout(DocumentView doc, int i, List<String> out) {
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
