package dev.thresher.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds things in a report's JSON, for tests. */
public final class ReportJson {
    private ReportJson() {
    }

    /** The value of the headline figure {@code key}. */
    public static JsonNode figure(JsonNode json, String key) {
        for (JsonNode f : json.get("headline")) {
            if (f.get("key").asText().equals(key)) {
                return f.get("value");
            }
        }
        throw new AssertionError("no figure " + key);
    }

    /** The section {@code id}. */
    public static JsonNode section(JsonNode json, String id) {
        for (JsonNode s : json.get("sections")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no section " + id);
    }

}
