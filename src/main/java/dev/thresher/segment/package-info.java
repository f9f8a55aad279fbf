/**
 * Splitting text into sentences and words: OpenNLP's English models plus rules for web text (lines, lists, quotations), returning spans into the original string. The only package that touches OpenNLP's sentence and token models.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.segment;
