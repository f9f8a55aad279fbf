/**
 * Evaluation: scoring a model on labelled documents end to end and with gold segmentation, baselines, cross-validation, ablation, error analysis, model comparison, and the Markdown, JSON and HTML reports of {@code thresher evaluate} and {@code thresher compare}.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.eval;
