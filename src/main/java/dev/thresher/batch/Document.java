package dev.thresher.batch;

/**
 * One input document, decoded.
 *
 * @param id   the name it goes by in output (a file's name, or a JSON Lines record's id)
 * @param text its text
 */
public record Document(String id, String text) {
}
