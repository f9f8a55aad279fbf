/**
 * Thresher's API: everything a program needs to label the sentences of news text and strip its
 * boilerplate. This package is the whole public API; the other packages are internal.
 *
 * <ul>
 *   <li>{@link dev.thresher.Thresher}: load a model ({@code loadDefault()}, {@code load(Path)}) or
 *       train one ({@code train(Path, TrainerSettings)}); {@code classify}, {@code explain},
 *       {@code clean}, and {@code classifyAll} for batches in input order with bounded memory.</li>
 *   <li>{@link dev.thresher.LabeledSentence}, {@link dev.thresher.Label},
 *       {@link dev.thresher.Explanation}: what classifying gives.</li>
 *   <li>{@link dev.thresher.Document}, {@link dev.thresher.DocumentSource},
 *       {@link dev.thresher.BatchOptions}, {@link dev.thresher.BatchResult},
 *       {@link dev.thresher.ClassifiedDocument}: batches.</li>
 *   <li>{@link dev.thresher.CleaningPolicy} and {@link dev.thresher.CleanText}: which sentences
 *       clean text drops, with presets like trafilatura's precision and recall modes.</li>
 *   <li>{@link dev.thresher.Manifest}, {@link dev.thresher.TrainerSettings},
 *       {@link dev.thresher.ThresherException}: what a model says about itself, how to train one,
 *       and the one exception type, whose kind says what was at fault.</li>
 * </ul>
 *
 * <p>No type of this package exposes Tribuo or OpenNLP types; they are implementation details.
 */
package dev.thresher;
