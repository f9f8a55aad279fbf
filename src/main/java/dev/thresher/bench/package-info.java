/**
 * The benchmark behind {@code thresher bench}: a generated corpus, timing helpers and the pipelines Thresher is measured against (OpenNLP's sentence detector and tokenizer, a doccat pipeline).
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.bench;
