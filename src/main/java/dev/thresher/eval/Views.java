package dev.thresher.eval;

import dev.thresher.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The views computed from every gold sentence's {@link Judgement}: scores per genre, site and
 * document, the worst documents with their mistakes, and threshold curves.
 *
 * @param genres    scores per genre (empty without metadata)
 * @param sites     scores per site (empty without metadata)
 * @param documents scores per document, in id order
 * @param worst     the documents with the lowest accuracy, with their most confident mistakes
 * @param curves    precision and recall against a threshold, for each of our labels that the
 *                  gold label set has
 */
public record Views(List<Breakdown.Row> genres, List<Breakdown.Row> sites, List<Breakdown.Row> documents,
                    List<Breakdown.Worst> worst, List<ThresholdCurve> curves) {
    /** How many worst documents are listed. */
    public static final int WORST = 10;

    /** Copies the lists. */
    public Views {
        genres = List.copyOf(genres);
        sites = List.copyOf(sites);
        documents = List.copyOf(documents);
        worst = List.copyOf(worst);
        curves = List.copyOf(curves);
    }

    /**
     * Computes the views.
     *
     * @param labels  the gold label set
     * @param genreOf a document's genre, or {@code null}
     * @param siteOf  a document's site, or {@code null}
     */
    public static Views of(List<String> labels, List<Judgement> judgements, Function<String, String> genreOf,
                           Function<String, String> siteOf) {
        List<ThresholdCurve> curves = new ArrayList<>();
        for (Label l : Label.values()) {
            if (labels.contains(l.name())) {
                curves.add(ThresholdCurve.of(l.name(), judgements));
            }
        }
        return new Views(Breakdown.by(labels, judgements, genreOf), Breakdown.by(labels, judgements, siteOf),
                Breakdown.by(labels, judgements, Function.identity()), Breakdown.worst(labels, judgements, WORST),
                curves);
    }
}
