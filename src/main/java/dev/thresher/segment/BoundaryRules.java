package dev.thresher.segment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules that complete and correct the sentence detector's boundaries inside one line.
 * A boundary ("cut") is an offset in the line where a sentence ends.
 */
final class BoundaryRules {
    /** Abbreviations that do not end a sentence when a word follows (titles, "e.g.", "vs."). */
    private static final Set<String> NON_TERMINAL = Set.of(
            "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col",
            "capt", "sgt", "cpl", "maj", "adm", "cmdr", "rev", "fr", "st", "mt", "ft", "hon", "pres",
            "supt", "det", "insp", "atty", "amb", "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "ca",
            "no", "nos", "fig", "figs", "vol", "vols", "pp", "p", "ch", "sec", "art", "para", "ref",
            "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "ph.d", "al", "const", "cst", "pte", "pvt", "spc", "pfc", "cdr", "flt", "cdre",
            "brig", "msgr", "mgr", "ald", "assoc", "asst", "sup", "treas", "sec'y", "gov't");
    /** Words that typically open a sentence: a capitalised one after "U.S." or an initial ends it. */
    private static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "it", "its", "it's", "he", "she", "they", "we", "i", "you", "this",
            "that", "these", "those", "there", "but", "and", "in", "on", "at", "as", "for", "if",
            "when", "while", "after", "before", "his", "her", "their", "our", "my", "some", "many",
            "most", "yes", "so", "yet", "still", "now", "then", "what", "why", "how", "who", "where",
            "meanwhile", "however", "last", "next", "one", "both", "each", "officials", "police",
            "critics", "analysts", "by", "with", "to", "from", "since", "although", "instead",
            "also", "other", "another", "such", "all", "no", "not", "asked", "under");
    /** Verbs that, right after a closing quote, show the quotation's sentence goes on. */
    private static final Set<String> REPORTING = Set.of(
            "said", "says", "asked", "asks", "added", "adds", "wrote", "writes", "replied", "shouted",
            "told", "cried", "tweeted", "posted", "insisted", "continued", "explained", "recalled",
            "exclaimed", "wondered", "joked", "laughed", "sighed", "warned", "demanded");
    private static final Pattern LIST_MARKER =
            Pattern.compile("([\u2022\u2043\u25E6\u25AA*-]\\s{0,8})?(\\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})(\\.\\)|[.)])");
    /** An inline list marker: a bullet, or a number or letter with "." / ")" / ".)", then a space. */
    private static final Pattern INLINE_MARKER =
            Pattern.compile("(?<=\\s)(?:([\u2022\u2043\u25E6\u25AA])\\s{0,8})?(\\d{1,3}|[a-z])(\\.\\)|[.)])(?=\\s{1,8}\\p{Lu})");
    private static final Pattern LINE_MARKER =
            Pattern.compile("^\\s{0,8}(?:([\u2022\u2043\u25E6\u25AA])\\s{0,8})?(\\d{1,3}|[a-z])(\\.\\)|[.)])\\s{1,8}\\p{Lu}");
    private static final Pattern DOTTED = Pattern.compile("(\\p{L}\\.){2,}");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    /** The longest space-free run the detector is shown. */
    private static final int MAX_RUN = 256;

    private BoundaryRules() {
    }

    /**
     * The line as the detector should see it: same length, uniform spaces and straight quotes,
     * and no run of more than {@value #MAX_RUN} characters without a space. OpenNLP looks for the
     * spaces around every candidate boundary, which takes quadratic time on long space-free runs
     * ("a.a.a.a..."); no real word is that long, so the detector gets a space there instead.
     */
    static String forDetector(String raw) {
        char[] chars = raw.toCharArray();
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            run = Whitespace.isSpace(c) ? 0 : run + 1;
            if (run > MAX_RUN) {
                chars[i] = ' ';
                run = 0;
            } else if (Whitespace.isSpace(c)) {
                chars[i] = ' ';
            } else if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
                chars[i] = '"';
            } else if (c == '\u2018' || c == '\u2019') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
                || c == '\u00BB' || c == '*';
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018'
                || c == '\u00AB' || c == '\u201E';
    }

    /**
     * Adds boundaries the detector misses: after sentence-final punctuation (and any closing
     * quotes or brackets) followed by a capitalised word, with or without a space between.
     */
    static void addCandidates(String raw, Collection<Integer> cuts) {
        addListItemCuts(raw, cuts);
        int n = raw.length();
        for (int i = 1; i < n; i++) {
            if (!isTerminal(raw.charAt(i)) || isTerminal(raw.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < n && isTerminal(raw.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < n && isCloser(raw.charAt(k))) {
                k++;
            }
            if (k >= n) {
                continue;
            }
            boolean ellipsis = j - i >= 3 || raw.charAt(j - 1) == '\u2026';
            if (Whitespace.isSpace(raw.charAt(k))) {
                int m = k;
                while (m < n && Whitespace.isSpace(raw.charAt(m))) {
                    m++;
                }
                if (m < n && startsCapitalised(raw, m) && (ellipsis || raw.charAt(i) != '.'
                        || plainWordBefore(raw, i) || isStarter(nextWords(raw, m, 1)))) {
                    cuts.add(k);
                }
            } else if (isGlued(raw, i, k)) {
                cuts.add(k);
            }
        }
    }

    /**
     * Cuts a line that starts with a list marker ("1.", "a)", "2.)", a bullet) before each later
     * marker of the same list: "1. The first item 2. The second item".
     */
    private static void addListItemCuts(String raw, Collection<Integer> cuts) {
        java.util.regex.Matcher first = LINE_MARKER.matcher(raw);
        if (!first.find()) {
            return;
        }
        String bullet = first.group(1);
        String expected = successor(first.group(2));
        String style = first.group(3);
        java.util.regex.Matcher m = INLINE_MARKER.matcher(raw);
        int from = first.end();
        while (m.find(from)) {
            from = m.end();
            if (java.util.Objects.equals(bullet, m.group(1)) && m.group(2).equals(expected)
                    && m.group(3).equals(style)) {
                int cut = m.start();
                while (cut > 0 && Whitespace.isSpace(raw.charAt(cut - 1))) {
                    cut--;
                }
                cuts.add(-cut - 1);
                expected = successor(expected);
            }
        }
    }

    private static String successor(String marker) {
        if (Character.isDigit(marker.charAt(0))) {
            return Integer.toString(Integer.parseInt(marker) + 1);
        }
        return String.valueOf((char) (marker.charAt(0) + 1));
    }

    /**
     * Keeps the cuts that are real sentence ends, moved past closing quotes and brackets, in
     * ascending order.
     */
    static List<Integer> filter(String raw, Collection<Integer> candidates) {
        List<Integer> kept = new ArrayList<>();
        int previous = 0;
        java.util.TreeSet<Integer> listCuts = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> ordered = new java.util.TreeSet<>();
        for (int cut : candidates) {
            if (cut < 0) {
                listCuts.add(-cut - 1);
            }
            ordered.add(cut < 0 ? -cut - 1 : cut);
        }
        for (int cut : ordered) {
            int c = listCuts.contains(cut) ? cut : extendOverClosers(raw, cut);
            if (c <= previous || c >= raw.length()
                    || !(listCuts.contains(cut) || accept(raw, previous, c))) {
                continue;
            }
            kept.add(c);
            previous = c;
        }
        return kept;
    }

    private static int extendOverClosers(String raw, int cut) {
        int c = cut;
        while (c < raw.length() && isCloser(raw.charAt(c)) && c > 0
                && (isTerminal(raw.charAt(c - 1)) || isCloser(raw.charAt(c - 1)))) {
            c++;
        }
        return c;
    }

    private static boolean accept(String raw, int previous, int c) {
        int p = c;
        while (p > 0 && c - p < MAX_TOKEN && isCloser(raw.charAt(p - 1))) {
            p--;
        }
        if (p == 0 || !isTerminal(raw.charAt(p - 1))) {
            return false;
        }
        boolean quoted = p < c;
        char terminal = raw.charAt(p - 1);
        boolean glued = !Whitespace.isSpace(raw.charAt(c));
        int firstTerminal = p - 1;
        while (firstTerminal > 0 && p - firstTerminal < MAX_TOKEN && isTerminal(raw.charAt(firstTerminal - 1))) {
            firstTerminal--;
        }
        if (glued && !isGlued(raw, firstTerminal, c)) {
            return false;
        }
        if (firstTerminal > 0 && raw.charAt(firstTerminal - 1) == '[') {
            return false;
        }
        if (terminal == '.' && firstTerminal == p - 1 && spacedDots(raw, p - 1) == 3) {
            return false;
        }
        if (c - previous <= 16 && LIST_MARKER.matcher(raw.substring(previous, c).strip()).matches()) {
            return false;
        }
        int m = c;
        while (m < raw.length() && Whitespace.isSpace(raw.charAt(m))) {
            m++;
        }
        if (m >= raw.length()) {
            return false;
        }
        List<String> next = nextWords(raw, m, 3);
        String nextWord = next.isEmpty() ? "" : next.get(0);
        if (nextWord.isEmpty()) {
            return true;
        }
        char first = nextWord.charAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        if (quoted && (terminal == '?' || terminal == '!' || terminal == '.')) {
            for (String w : next) {
                if (REPORTING.contains(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        if (terminal != '.' || quoted || firstTerminal < p - 1) {
            return true;
        }
        String token = tokenBefore(raw, firstTerminal);
        String word = token.toLowerCase(Locale.ROOT);
        boolean starter = isStarter(next);
        if (NON_TERMINAL.contains(word)) {
            return false;
        }
        String dotted = token + ".";
        if (INITIAL.matcher(dotted).matches()) {
            // "Albert I. Jones" and "W. E. B. Du Bois" continue; "you and I. Did" ends.
            return starter || token.equals("I") && !nameBefore(raw, firstTerminal - token.length());
        }
        if (DOTTED.matcher(dotted).matches()) {
            return starter;
        }
        return true;
    }

    private static boolean isStarter(List<String> words) {
        return !words.isEmpty() && STARTERS.contains(words.get(0).toLowerCase(Locale.ROOT));
    }

    /** Whether the word before offset {@code i} is capitalised or an initial: "Albert I." */
    private static boolean nameBefore(String raw, int i) {
        int e = i;
        while (e > 0 && i - e < MAX_TOKEN && Whitespace.isSpace(raw.charAt(e - 1))) {
            e--;
        }
        String word = tokenBefore(raw, e);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** How many dots separated by single spaces end at {@code i}: 3 for ". . .". */
    private static int spacedDots(String raw, int i) {
        int count = 1;
        int j = i;
        while (j >= 2 && count < 8 && raw.charAt(j - 1) == ' ' && raw.charAt(j - 2) == '.') {
            count++;
            j -= 2;
        }
        return count;
    }

    /** Whether the terminal run at {@code [i, k)} glues two sentences, as in {@code station.To}. */
    private static boolean isGlued(String raw, int i, int k) {
        int n = raw.length();
        if (i == 0 || k >= n) {
            return false;
        }
        char prev = raw.charAt(i - 1);
        if (!(Character.isLowerCase(prev) || Character.isDigit(prev) || isCloser(prev))) {
            return false;
        }
        int m = k;
        if (isOpener(raw.charAt(m)) && m + 1 < n) {
            m++;
        }
        if (!(Character.isUpperCase(raw.charAt(m)) && m + 1 < n
                && (Character.isLowerCase(raw.charAt(m + 1)) || Whitespace.isSpace(raw.charAt(m + 1))))) {
            return false;
        }
        String token = tokenBefore(raw, i);
        String lower = wholeToken(raw, i).toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("www") || lower.contains("@")
                || NON_TERMINAL.contains(lower) || lower.length() < 2) {
            return false;
        }
        return !DOTTED.matcher(token + ".").matches();
    }

    /** Whether the word before the period at {@code i} is an ordinary word, not an abbreviation. */
    private static boolean plainWordBefore(String raw, int i) {
        String token = tokenBefore(raw, i);
        if (token.isEmpty() || NON_TERMINAL.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (token.chars().allMatch(Character::isDigit)) {
            return token.length() >= 3;
        }
        if (token.indexOf('.') >= 0 || token.length() < 2) {
            return false;
        }
        return Character.isLowerCase(token.charAt(token.length() - 1))
                && token.chars().filter(Character::isLetter).count() >= 2
                && !(token.length() <= 3 && Character.isUpperCase(token.charAt(0)));
    }

    /** How far rules look for the token around a boundary: keeps every rule linear in the line length. */
    private static final int MAX_TOKEN = 64;

    /** The token ending at {@code i} (at most {@value #MAX_TOKEN} characters), without leading openers. */
    private static String tokenBefore(String raw, int i) {
        int s = i;
        while (s > 0 && i - s < MAX_TOKEN && !Whitespace.isSpace(raw.charAt(s - 1))) {
            s--;
        }
        while (s < i && (isOpener(raw.charAt(s)) || raw.charAt(s) == '(')) {
            s++;
        }
        return raw.substring(s, i);
    }

    /** The white-space-delimited token around offset {@code i}, capped at {@value #MAX_TOKEN} characters a side. */
    private static String wholeToken(String raw, int i) {
        int s = i;
        while (s > 0 && i - s < MAX_TOKEN && !Whitespace.isSpace(raw.charAt(s - 1))) {
            s--;
        }
        int e = i;
        while (e < raw.length() && e - i < MAX_TOKEN && !Whitespace.isSpace(raw.charAt(e))) {
            e++;
        }
        return raw.substring(s, e);
    }

    private static boolean startsCapitalised(String raw, int m) {
        int n = raw.length();
        while (m < n && isOpener(raw.charAt(m))) {
            m++;
        }
        return m < n && (Character.isUpperCase(raw.charAt(m)) || Character.isDigit(raw.charAt(m)));
    }

    private static List<String> nextWords(String raw, int m, int count) {
        List<String> words = new ArrayList<>(count);
        int n = raw.length();
        int i = m;
        while (i < n && words.size() < count) {
            while (i < n && (Whitespace.isSpace(raw.charAt(i)) || isOpener(raw.charAt(i)))) {
                i++;
            }
            int s = i;
            while (i < n && i - s < MAX_TOKEN && (Character.isLetterOrDigit(raw.charAt(i)) || raw.charAt(i) == '\'')) {
                i++;
            }
            if (i == s) {
                if (words.isEmpty() && s < n) {
                    words.add(String.valueOf(raw.charAt(s)));
                }
                break;
            }
            words.add(raw.substring(s, i));
            int skipped = 0;
            while (i < n && skipped++ < MAX_TOKEN && !Whitespace.isSpace(raw.charAt(i))) {
                i++;
            }
        }
        return words;
    }
}
