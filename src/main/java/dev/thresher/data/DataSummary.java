package dev.thresher.data;

import dev.thresher.Label;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the evaluated data holds: documents, gold sentences, label counts, and the genres,
 * topics and sites of the documents found in the metadata table.
 *
 * @param documents             documents evaluated
 * @param sentences             gold sentences
 * @param labels                gold sentences per label
 * @param documentsWithMetadata documents that have a row in {@code documents.tsv}
 * @param genres                documents per genre
 * @param topics                documents per topic
 * @param sites                 documents per site
 */
public record DataSummary(int documents, int sentences, Map<Label, Integer> labels, int documentsWithMetadata,
                          Map<String, Integer> genres, Map<String, Integer> topics, Map<String, Integer> sites) {

    /** Summarises {@code documents}, looking each one up in {@code metadata} by id. */
    public static DataSummary of(List<LabeledDocument> documents, Map<String, Corpus.DocumentInfo> metadata) {
        Map<Label, Integer> labels = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            labels.put(l, 0);
        }
        Map<String, Integer> genres = new TreeMap<>();
        Map<String, Integer> topics = new TreeMap<>();
        Map<String, Integer> sites = new TreeMap<>();
        int sentences = 0;
        int withMetadata = 0;
        for (LabeledDocument doc : documents) {
            for (GoldSentence s : doc.sentences()) {
                labels.merge(s.label(), 1, Integer::sum);
                sentences++;
            }
            Corpus.DocumentInfo info = metadata.get(doc.id());
            if (info != null) {
                withMetadata++;
                genres.merge(info.genre(), 1, Integer::sum);
                topics.merge(info.topic(), 1, Integer::sum);
                sites.merge(info.site(), 1, Integer::sum);
            }
        }
        return new DataSummary(documents.size(), sentences, Collections.unmodifiableMap(labels), withMetadata,
                Collections.unmodifiableMap(genres), Collections.unmodifiableMap(topics),
                Collections.unmodifiableMap(sites));
    }

    /** The share of gold sentences labelled {@code label}. */
    public double share(Label label) {
        return sentences == 0 ? 0 : (double) labels.get(label) / sentences;
    }

    /** The most frequent gold label (the first in {@link Label} order on a tie). */
    public Label majority() {
        Label best = Label.CLAIM;
        for (Label l : Label.values()) {
            if (labels.get(l) > labels.get(best)) {
                best = l;
            }
        }
        return best;
    }
}
