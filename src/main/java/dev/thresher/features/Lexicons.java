package dev.thresher.features;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word lists behind the hand-made cue features. All entries are lower case. */
final class Lexicons {
    private Lexicons() {
    }

    static final Set<String> REPORTING_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces",
            "saying", "adding", "noting", "warning", "arguing", "telling", "complained", "complains",
            "reiterated", "acknowledging", "insisting",
            "added", "adds", "wrote", "writes", "warned", "warns", "argued", "argues", "claimed",
            "claims", "confirmed", "confirms", "denied", "denies", "insisted", "insists", "explained",
            "explains", "noted", "notes", "asked", "asks", "replied", "replies", "urged", "urges",
            "acknowledged", "acknowledges", "admitted", "admits", "stressed", "stresses",
            "emphasised", "emphasized", "recalled", "recalls", "testified", "alleged", "alleges",
            "contended", "contends", "maintained", "maintains", "predicted", "predicts", "suggested",
            "suggests", "tweeted", "posted", "quoted", "commented", "remarked", "declared",
            "declares", "reported", "reports", "revealed", "reveals", "disclosed", "conceded",
            "concedes", "countered", "counters", "vowed", "vows", "promised", "pledged", "agreed",
            "believes", "believed", "thinks", "described", "describes", "called", "calls",
            "responded", "responds", "cautioned", "cautions", "estimated", "estimates", "projected",
            "according", "spokesperson", "spokesman", "spokeswoman", "statement", "interview");

    static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've",
            "i'd", "i'll");
    static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves", "we're",
            "we've", "we'd", "we'll", "let's");
    static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves", "you're",
            "you've", "you'll", "you'd");
    static final Set<String> NORM_MODALS = Set.of("should", "must", "ought", "shouldn't", "mustn't",
            "needs", "need", "deserve", "deserves", "time");
    static final Set<String> POSSIBILITY = Set.of("would", "could", "might", "may", "wouldn't",
            "couldn't", "can't", "cannot", "will", "won't");
    static final Set<String> HEDGES = Set.of("probably", "likely", "unlikely", "perhaps", "maybe",
            "seems", "seem", "seemed", "appears", "appear", "arguably", "possibly", "presumably",
            "surely", "clearly", "obviously", "undoubtedly", "certainly", "apparently", "suspect",
            "doubt", "think", "believe", "feel", "guess", "reckon", "hope", "fear", "wonder",
            "supposedly", "evidently", "plainly", "frankly", "honestly", "admittedly", "hardly",
            "simply", "merely", "just", "indeed", "of", "course");
    static final Set<String> INTENSIFIERS = Set.of("very", "truly", "deeply", "remarkably", "utterly",
            "too", "so", "rather", "quite", "extremely", "incredibly", "painfully", "wildly",
            "thoroughly", "genuinely", "hugely", "entirely", "absolutely", "downright", "oddly",
            "strangely", "surprisingly", "sadly", "fortunately", "unfortunately", "happily",
            "mercifully", "shockingly", "predictably", "inevitably", "ironically", "curiously",
            "astonishingly", "regrettably", "tellingly", "notably");
    static final Set<String> EVALUATIVE = Set.of(
            "good", "bad", "great", "terrible", "awful", "excellent", "brilliant", "superb", "poor",
            "wonderful", "dreadful", "impressive", "disappointing", "misguided", "absurd", "ridiculous",
            "foolish", "wise", "smart", "stupid", "reckless", "sensible", "dangerous", "welcome",
            "shameful", "disgraceful", "outrageous", "admirable", "remarkable", "extraordinary",
            "mediocre", "lazy", "sloppy", "clumsy", "elegant", "beautiful", "ugly", "gorgeous",
            "stunning", "dull", "boring", "tedious", "thrilling", "exciting", "delightful", "charming",
            "fascinating", "compelling", "convincing", "unconvincing", "flawed", "bold", "timid",
            "cynical", "naive", "hypocritical", "dishonest", "honest", "fair", "unfair", "unjust",
            "just", "right", "wrong", "better", "worse", "best", "worst", "crucial", "vital",
            "essential", "important", "necessary", "unnecessary", "pointless", "worthwhile",
            "worthless", "valuable", "useless", "effective", "ineffective", "successful", "failed",
            "overdue", "overblown", "overrated", "underrated", "hollow", "empty", "rich", "thin",
            "shallow", "nuanced", "thoughtful", "careless", "cruel", "generous", "mean", "petty",
            "grim", "bleak", "hopeful", "promising", "worrying", "alarming", "troubling",
            "disturbing", "encouraging", "refreshing", "frustrating", "baffling", "puzzling",
            "confusing", "clear", "obvious", "silly", "sad", "tragic", "scandalous", "laughable",
            "pathetic", "splendid", "lovely", "nice", "fine", "perfect", "flawless", "masterful",
            "forgettable", "memorable", "tasty", "delicious", "bland", "overpriced", "cheap",
            "pricey", "worth", "unworthy", "deserving", "inexcusable", "indefensible", "unacceptable",
            "acceptable", "reasonable", "unreasonable", "irresponsible", "responsible", "wasteful",
            "costly", "disastrous", "catastrophic", "fatal", "fatuous", "glib", "smug", "tone-deaf",
            "short-sighted", "myopic", "visionary", "courageous", "cowardly", "shrewd", "clever",
            "dumb", "sluggish", "snappy", "polished", "rough", "janky", "solid", "sturdy", "flimsy",
            "annoying", "pleasant", "unpleasant", "enjoyable", "joyful", "miserable", "magnificent",
            "dire", "woeful", "abysmal", "stellar", "lacklustre", "lackluster", "uninspired",
            "inspired", "ambitious", "pretentious", "earnest", "heartfelt", "moving", "powerful",
            "weak", "strong", "fresh", "stale", "tired", "predictable", "original", "derivative");
    static final Set<String> CHROME = Set.of(
            "share", "shares", "subscribe", "subscriber", "subscribers", "subscription", "newsletter",
            "newsletters", "comment", "comments", "reply", "replies", "login", "log", "sign", "signup",
            "register", "cookie", "cookies", "privacy", "policy", "terms", "copyright", "reserved",
            "rights", "advertisement", "advertising", "sponsored", "sponsor", "related", "recommended",
            "read", "more", "follow", "facebook", "twitter", "whatsapp", "linkedin", "instagram",
            "tiktok", "youtube", "telegram", "reddit", "pinterest", "email", "e-mail", "print",
            "tags", "tagged", "posted", "updated", "published", "photo", "photos", "image", "credit",
            "getty", "menu", "home", "search", "click", "download", "app", "views", "votes",
            "upvote", "downvote", "member", "members", "account", "password", "username",
            "inbox", "alerts", "notifications", "trending", "popular", "latest", "previous", "next",
            "post", "posts", "article", "articles", "story", "stories", "loading", "ad", "ads",
            "skip", "content", "contact", "about", "careers", "sitemap", "rss", "feed", "premium",
            "unlock", "paywall", "free", "trial", "offer", "deals", "shop", "cart", "accept",
            "settings", "preferences", "consent", "spam", "akismet", "moderation", "anonymous",
            "guest", "badge", "reputation", "points", "answered", "asked", "edited", "permalink",
            "bookmark", "save", "watch", "listen", "podcast", "video", "videos", "gallery",
            "advertise", "disclaimer", "affiliate", "commission", "©", "min", "ago");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "yesterday", "today", "tomorrow", "tonight");
    static final Set<String> MONEY_WORDS = Set.of("million", "billion", "trillion", "bn", "m",
            "dollars", "euros", "pounds", "yen", "rupees", "usd", "eur", "gbp", "cents", "pence");
    static final Set<String> PERCENT_WORDS = Set.of("percent", "per", "cent", "percentage", "%");

    static final int REPORTING = 1;
    static final int CHROME_WORD = 1 << 1;
    static final int EVALUATIVE_WORD = 1 << 2;
    static final int I = 1 << 3;
    static final int WE = 1 << 4;
    static final int YOU = 1 << 5;
    static final int MODAL = 1 << 6;
    static final int POSSIBLE = 1 << 7;
    static final int HEDGE = 1 << 8;
    static final int INTENSIFIER = 1 << 9;
    static final int MONTH = 1 << 10;
    static final int WEEKDAY = 1 << 11;
    static final int MONEY = 1 << 12;

    /** Every word of the lists above with the bits of the lists it is on: one look-up per token. */
    private static final Map<String, Integer> MASKS = masks();

    /** The bits of the lists {@code word} is on; 0 for a word on none. */
    static int mask(String word) {
        Integer m = MASKS.get(word);
        return m == null ? 0 : m;
    }

    private static Map<String, Integer> masks() {
        Map<String, Integer> m = new HashMap<>();
        Object[][] lists = {{REPORTING_VERBS, REPORTING}, {CHROME, CHROME_WORD}, {EVALUATIVE, EVALUATIVE_WORD},
            {FIRST_SINGULAR, I}, {FIRST_PLURAL, WE}, {SECOND, YOU}, {NORM_MODALS, MODAL}, {POSSIBILITY, POSSIBLE},
            {HEDGES, HEDGE}, {INTENSIFIERS, INTENSIFIER}, {MONTHS, MONTH}, {WEEKDAYS, WEEKDAY}, {MONEY_WORDS, MONEY}};
        for (Object[] list : lists) {
            @SuppressWarnings("unchecked")
            Set<String> words = (Set<String>) list[0];
            for (String w : words) {
                m.merge(w, (Integer) list[1], (a, b) -> a | b);
            }
        }
        return m;
    }
}
