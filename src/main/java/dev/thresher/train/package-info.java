/**
 * Training a model bundle: the sentence stage (Tribuo linear SGD with AdaGrad) and the document stage, cross-fitted on held-out folds, seeded and deterministic.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.train;
