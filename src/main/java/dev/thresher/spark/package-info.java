/**
 * Thresher on Apache Spark: {@link dev.thresher.spark.ThresherTransformer}, a Spark ML
 * {@code Transformer} that turns a DataFrame of documents into one row per labelled sentence or
 * one cleaned text per document, and {@link dev.thresher.spark.ThresherJob}, a job for
 * {@code spark-submit} that does the same from JSON Lines or Parquet files to Parquet or JSON
 * Lines.
 *
 * <p>Spark is a {@code provided} dependency: this package needs Spark 4 (Scala 2.13) on the class
 * path, as {@code spark-submit} puts it there, and the rest of Thresher does not. The model is
 * loaded once per JVM (driver and each executor) and shared by its tasks. A record that cannot be
 * classified (no text, text that is not a string) gives a row with an {@code error} and never
 * fails the job. Only {@link dev.thresher.spark.ThresherJob#main} prints or exits.
 */
package dev.thresher.spark;
