package dev.thresher.eval;

import dev.thresher.Manifest;

/**
 * Where a report comes from.
 *
 * @param model       the evaluated model's manifest (versions, seed, training-data hash,
 *                    hyperparameters)
 * @param modelSource where the model was loaded from
 * @param data        the evaluated folder
 * @param dataHash    SHA-256 of the evaluated documents (ids, texts, gold labels)
 * @param command     the command line that produced the report
 * @param java        the Java runtime
 * @param generated   when the report was made (ISO-8601, UTC); {@code null} when left out
 * @param runSeconds  how long it took; NaN when left out
 */
public record Provenance(Manifest model, String modelSource, String data, String dataHash, String command,
                         String java, String generated, double runSeconds) {
    /** This provenance without the date and run time, which differ from run to run. */
    public Provenance withoutTimings() {
        return new Provenance(model, modelSource, data, dataHash, command, java, null, Double.NaN);
    }
}
