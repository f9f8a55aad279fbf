/**
 * The document stage: a second linear model that relabels each sentence from the first stage's
 * probabilities over a window of neighbours and the structure of the page. Internal: not API.
 */
package dev.thresher.document;
