package org.tandem.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tandem.input.BadInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gold-flags file: one JSON object a line, keys in this order:
 * <pre>
 * {"kind":"omission","damage":"block-omission","source_ids":[3,4],"target_ids":[]}
 * {"kind":"addition","damage":"boilerplate","source_ids":[],"target_ids":[7]}
 * {"kind":"drift","damage":"number-changed","source_ids":[9],"target_ids":[10]}
 * </pre>
 * {@code kind} is {@code omission}, {@code addition} or {@code drift}; ids are 0-based segment ids
 * of the document's gold segments. {@code damage} is optional and only labels the error analysis.
 * An omission is scored by its source ids, an addition and a drift by their target ids. Blank lines
 * are ignored.
 */
public final class GoldFlagFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFlagFile() {
    }

    public static List<GoldFlag> read(Path file) throws IOException {
        return LineRecords.read(file, line -> {
            try {
                JsonNode node = JSON.readTree(line);
                return new GoldFlag(FlagClass.parse(node.path("kind").asText()),
                        node.path("damage").asText(""), ids(node.path("source_ids")), ids(node.path("target_ids")));
            } catch (JsonProcessingException | BadInputException e) {
                throw new LineRecords.Invalid("not a gold flag: " + e.getMessage(), e);
            }
        });
    }

    public static void write(Path file, List<GoldFlag> flags) throws IOException {
        StringBuilder text = new StringBuilder();
        for (GoldFlag flag : flags) {
            text.append(format(flag)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public static String format(GoldFlag flag) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", flag.kind().label());
        node.put("damage", flag.damage());
        ArrayNode source = node.putArray("source_ids");
        flag.sourceIds().forEach(source::add);
        ArrayNode target = node.putArray("target_ids");
        flag.targetIds().forEach(target::add);
        return node.toString();
    }

    static List<Integer> ids(JsonNode array) {
        List<Integer> ids = new ArrayList<>();
        for (JsonNode id : array) {
            if (!id.canConvertToInt()) {
                throw new BadInputException("segment id is not an integer: " + id);
            }
            ids.add(id.asInt());
        }
        return ids;
    }
}
