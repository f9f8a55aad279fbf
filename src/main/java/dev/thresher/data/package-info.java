/**
 * Reading and validating the dataset format of {@code datasets/} (a text file and a labels file per document), and atomic file writes.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.data;
