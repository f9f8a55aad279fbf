/**
 * The batch plumbing behind {@link dev.thresher.Thresher#classifyAll}: an ordered, bounded, multi-threaded map ({@code OrderedParallel}), and the command line's document sources: text files, folders of them, JSON Lines records.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.batch;
