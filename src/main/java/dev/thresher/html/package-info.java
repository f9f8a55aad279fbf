/**
 * Web pages as documents: the text of an HTML page as a reader sees it, one line per block,
 * parsed with jsoup (the only package that touches jsoup). Use it through
 * {@link dev.thresher.Document#fromHtml} and {@link dev.thresher.Thresher#classifyHtml}.
 *
 * <p>Internal to Thresher, not an API: classes here are public only because other Thresher
 * packages use them, and they may change in any release.
 */
package dev.thresher.html;
