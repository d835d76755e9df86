package org.tandem.review.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A request's JSON object, with the checks every field needs: a wrong one is a 400 that names it. */
final class RequestBody {
    private final JsonNode node;

    private RequestBody(JsonNode node) {
        this.node = node;
    }

    static RequestBody parse(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return new RequestBody(json.createObjectNode());
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the request body is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "the request body must be a JSON object");
        }
        return new RequestBody(node);
    }

    long requiredLong(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ApiException(400, "'" + field + "' is required");
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new ApiException(400, "'" + field + "' must be a whole number");
        }
        return value.asLong();
    }

    Long optionalLong(String field) {
        return node.hasNonNull(field) ? requiredLong(field) : null;
    }

    int requiredInt(String field) {
        long value = requiredLong(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ApiException(400, "'" + field + "' is out of range");
        }
        return (int) value;
    }

    String requiredText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ApiException(400, "'" + field + "' is required");
        }
        if (!value.isTextual()) {
            throw new ApiException(400, "'" + field + "' must be a string");
        }
        return value.asText();
    }

    String optionalText(String field) {
        return node.hasNonNull(field) ? requiredText(field) : "";
    }
}
