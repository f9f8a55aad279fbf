/**
 * The {@code thresher} command line (picocli): classify, clean, train, evaluate, compare, stats
 * and bench. The only package that prints or exits, and a thin user of the public API for
 * classify and clean.
 *
 * <p>Internal to Thresher, not an API: run it as {@code java -jar thresher.jar}. It needs
 * picocli, which the library's users do not get as a dependency.
 */
package dev.thresher.cli;
