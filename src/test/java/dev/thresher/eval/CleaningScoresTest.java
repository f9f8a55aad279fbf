package dev.thresher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thresher.Label;
import dev.thresher.data.GoldSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleaningScoresTest {
    private static final String TEXT = "Home | News\nThe cat sat on the mat.\nShare this story\nThe dog ran.\n";

    /** Gold sentences found in order in TEXT. */
    private static List<GoldSentence> gold() {
        List<GoldSentence> out = new ArrayList<>();
        int at = 0;
        Object[][] rows = {{Label.BOILERPLATE, "Home | News"}, {Label.CLAIM, "The cat sat on the mat."},
            {Label.BOILERPLATE, "Share this story"}, {Label.OPINION, "The dog ran."}};
        for (Object[] row : rows) {
            String s = (String) row[1];
            int start = TEXT.indexOf(s, at);
            out.add(new GoldSentence((Label) row[0], start, start + s.length(), out.size() + 2));
            at = start + s.length();
        }
        return out;
    }

    @Test
    void scoresABagOfWordsByHand() {
        // content tokens: The cat sat on the mat The dog ran (9); boilerplate: Home News Share this story (5).
        // The cleaner dropped "The dog ran." and kept "Share this story": 9 tokens kept, of which
        // The, cat, sat, on, the, mat (6) match content.
        CleaningScores s = CleaningScores.score(TEXT, gold(), "The cat sat on the mat.\nShare this story");
        assertEquals(new CleaningScores(9, 5, 9, 6), s);
        assertEquals(6.0 / 9, s.precision(), 1e-12);
        assertEquals(6.0 / 9, s.recall(), 1e-12);
        assertEquals(6.0 / 9, s.f1(), 1e-12);
        assertEquals(3.0 / 5, s.leakage(), 1e-12);
        assertEquals(3.0 / 9, s.contentLoss(), 1e-12);
    }

    @Test
    void aBagMatchesEachTokenAtMostAsOftenAsGoldHasIt() {
        // "The" appears twice in the content and three times in the output: only two match.
        CleaningScores s = CleaningScores.score(TEXT, gold(), "The The The");
        assertEquals(3, s.keptTokens());
        assertEquals(2, s.matchedTokens());
        assertEquals(1.0 / 5, s.leakage(), 1e-12);
    }

    @Test
    void perfectNoCleaningAndEmptyOutput() {
        CleaningScores perfect = CleaningScores.score(TEXT, gold(), "The cat sat on the mat.\nThe dog ran.");
        assertEquals(1.0, perfect.f1(), 1e-12);
        assertEquals(0.0, perfect.leakage(), 1e-12);
        assertEquals(0.0, perfect.contentLoss(), 1e-12);

        CleaningScores unchanged = CleaningScores.score(TEXT, gold(), TEXT);
        assertEquals(1.0, unchanged.recall(), 1e-12);
        assertEquals(9.0 / 14, unchanged.precision(), 1e-12);
        assertEquals(1.0, unchanged.leakage(), 1e-12);

        CleaningScores empty = CleaningScores.score(TEXT, gold(), "");
        assertEquals(0.0, empty.precision());
        assertEquals(0.0, empty.f1());
        assertEquals(1.0, empty.contentLoss(), 1e-12);
    }

    @Test
    void tokensAreRunsOfLettersAndDigitsAndCountsArePooledOverDocuments() {
        assertEquals(Map.of("don", 1, "t", 1, "30", 1, "50", 1, "cm", 1, "café", 1),
                CleaningScores.bag("don't: 30-50 cm — café"));
        CleaningScores a = new CleaningScores(10, 2, 8, 8);
        CleaningScores b = new CleaningScores(10, 8, 10, 6);
        CleaningScores sum = a.plus(b);
        assertEquals(new CleaningScores(20, 10, 18, 14), sum);
        assertEquals(14.0 / 18, sum.precision(), 1e-12);
        assertEquals(4.0 / 10, sum.leakage(), 1e-12);
    }
}
