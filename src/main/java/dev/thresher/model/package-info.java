/**
 * The model at work: the bundle format ({@code manifest.json}, feature configuration, Tribuo protobuf models), its reading and writing, the fast linear scorers, the sentence stage, the explainer, and {@code Pipeline}, the engine behind {@link dev.thresher.Thresher}. The only package, with {@code train}, that touches Tribuo.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release. Use {@link dev.thresher.Thresher}.
 */
package dev.thresher.model;
