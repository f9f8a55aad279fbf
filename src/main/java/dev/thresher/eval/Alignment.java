package dev.thresher.eval;

import dev.thresher.LabeledSentence;
import dev.thresher.data.GoldSentence;
import java.util.ArrayList;
import java.util.List;

/** Matches predicted sentences to gold sentences by character overlap. */
public final class Alignment {
    private Alignment() {
    }

    /**
     * For each gold sentence, the predicted sentence that shares the most characters with it
     * (the earliest on a tie), or {@code null} if none overlaps. Both lists are in document order.
     */
    public static List<LabeledSentence> byOverlap(List<GoldSentence> gold, List<LabeledSentence> predicted) {
        List<LabeledSentence> out = new ArrayList<>(gold.size());
        int first = 0;
        for (GoldSentence g : gold) {
            while (first < predicted.size() && predicted.get(first).end() <= g.start()) {
                first++;
            }
            LabeledSentence best = null;
            int bestOverlap = 0;
            for (int j = first; j < predicted.size() && predicted.get(j).start() < g.end(); j++) {
                LabeledSentence p = predicted.get(j);
                int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
                if (overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            out.add(best);
        }
        return out;
    }
}
