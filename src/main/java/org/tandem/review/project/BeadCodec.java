package org.tandem.review.project;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tandem.align.Bead;
import org.tandem.flag.FlagKind;
import org.tandem.flag.Span;
import org.tandem.write.FlagVerdict;
import org.tandem.write.ReviewStatus;

/** Beads and flags as the JSON the project file stores in its bead rows and event log. */
final class BeadCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BeadCodec() {
    }

    static String flagsJson(List<ProjectFlag> flags) {
        return write(flagsNode(flags));
    }

    static List<ProjectFlag> flags(String json) {
        return flags(read(json));
    }

    static String beadsJson(List<ProjectBead> beads) {
        ArrayNode array = JSON.createArrayNode();
        for (ProjectBead bead : beads) {
            ObjectNode node = array.addObject();
            node.put("id", bead.id());
            node.put("version", bead.version());
            node.put("source_start", bead.bead().sourceStart());
            node.put("source_end", bead.bead().sourceEnd());
            node.put("target_start", bead.bead().targetStart());
            node.put("target_end", bead.bead().targetEnd());
            node.put("score", bead.score());
            node.put("status", bead.status().label());
            node.put("note", bead.note());
            if (bead.editedTarget() != null) {
                node.put("edited_target", bead.editedTarget());
            }
            node.set("flags", flagsNode(bead.flags()));
        }
        return write(array);
    }

    static List<ProjectBead> beads(String json) {
        List<ProjectBead> beads = new ArrayList<>();
        for (JsonNode node : read(json)) {
            Bead bead = new Bead(node.get("source_start").asInt(), node.get("source_end").asInt(),
                    node.get("target_start").asInt(), node.get("target_end").asInt());
            beads.add(new ProjectBead(node.get("id").asLong(), node.get("version").asLong(), bead,
                    node.get("score").asDouble(), ReviewStatus.fromLabel(node.get("status").asText()),
                    node.get("note").asText(), node.hasNonNull("edited_target") ? node.get("edited_target").asText() : null,
                    flags(node.get("flags"))));
        }
        return beads;
    }

    private static ArrayNode flagsNode(List<ProjectFlag> flags) {
        ArrayNode array = JSON.createArrayNode();
        for (ProjectFlag flag : flags) {
            array.addObject()
                    .put("kind", flag.kind().label())
                    .put("reason", flag.reason())
                    .put("verdict", flag.verdict().label())
                    .put("note", flag.note())
                    .set("spans", spansNode(flag.spans()));
        }
        return array;
    }

    private static List<ProjectFlag> flags(JsonNode array) {
        List<ProjectFlag> flags = new ArrayList<>();
        for (JsonNode node : array) {
            List<Span> spans = new ArrayList<>();
            if (node.has("spans")) {
                for (JsonNode span : node.get("spans")) {
                    spans.add(new Span(Span.Side.valueOf(span.get("side").asText().toUpperCase(java.util.Locale.ROOT)),
                            span.get("start").asInt(), span.get("end").asInt()));
                }
            }
            flags.add(new ProjectFlag(FlagKind.fromLabel(node.get("kind").asText()), node.get("reason").asText(),
                    FlagVerdict.fromLabel(node.get("verdict").asText()), node.get("note").asText(), spans));
        }
        return flags;
    }

    static ArrayNode spansNode(List<Span> spans) {
        ArrayNode array = JSON.createArrayNode();
        for (Span span : spans) {
            array.addObject().put("side", span.side().label()).put("start", span.start()).put("end", span.end());
        }
        return array;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the project file holds broken JSON: " + e.getOriginalMessage(), e);
        }
    }
}
