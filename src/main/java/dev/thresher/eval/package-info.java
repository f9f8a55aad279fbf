/**
 * Evaluation: scoring a model on labelled documents end to end and with gold segmentation, baselines, cross-validation, ablation, error analysis, model comparison, scoring of {@code gold.tsv} folders as the real-world sets' {@code score.py} does, and the report model ({@link dev.thresher.eval.ReportModel}) that the Markdown, JSON and HTML renderers of {@code thresher evaluate} and {@code thresher compare} draw.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.eval;
