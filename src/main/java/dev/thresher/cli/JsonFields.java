package dev.thresher.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thresher.DocumentSource;
import dev.thresher.batch.JsonlReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The fields every JSON Lines output record starts with: the document's {@code id} (a JSON Lines
 * input's id value as it came, number or string) and the input record's other fields, passed
 * through so that the output joins with the input.
 */
final class JsonFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {
    }

    /** A generator that writes JSON trees too, with nothing between root values (the caller ends lines). */
    static JsonGenerator generator(Writer out) throws IOException {
        return MAPPER.getFactory().createGenerator(out).setRootValueSeparator(null);
    }

    /**
     * Writes {@code "id"} and the passed-through fields into the open object; input fields named
     * like one of {@code reserved} (the command's own fields) are left out.
     */
    static void write(JsonGenerator g, DocumentSource source, String id, Set<String> reserved) throws IOException {
        JsonNode idValue = source instanceof JsonlReader.Record r ? r.id() : null;
        g.writeFieldName("id");
        if (idValue != null) {
            g.writeTree(idValue);
        } else {
            g.writeString(id);
        }
        if (source instanceof JsonlReader.Record r && r.otherFields() != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = r.otherFields().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("id") && !reserved.contains(field.getKey())) {
                    g.writeFieldName(field.getKey());
                    g.writeTree(field.getValue());
                }
            }
        }
    }
}
