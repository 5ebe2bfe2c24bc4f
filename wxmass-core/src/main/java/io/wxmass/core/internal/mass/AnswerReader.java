package io.wxmass.core.internal.mass;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.TransportException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the fields of one successful platform answer, tolerantly: ids arrive as JSON numbers in
 * practice but as strings in some documented tables (docs/platform.md D11), so a numeric string is accepted
 * wherever a number is expected. A required field that is missing means the exchange cannot be
 * trusted, which is a {@link TransportException}; for a send its outcome is unknown.
 */
public final class AnswerReader {
    private final JsonNode answer;
    private final String endpoint;
    private final String clientMsgId;

    private AnswerReader(JsonNode answer, String endpoint, String clientMsgId) {
        this.answer = Objects.requireNonNull(answer, "answer");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.clientMsgId = clientMsgId;
    }

    public static AnswerReader of(JsonNode answer, String endpoint) {
        return new AnswerReader(answer, endpoint, null);
    }

    /** For a send: a malformed answer then names the clientmsgid and is marked outcome-unknown. */
    public static AnswerReader ofSend(JsonNode answer, String endpoint, String clientMsgId) {
        return new AnswerReader(answer, endpoint, Objects.requireNonNull(clientMsgId, "clientMsgId"));
    }

    public JsonNode node() {
        return answer;
    }

    public long requiredLong(String field) {
        return optionalLong(field).orElseThrow(() -> malformed("has no numeric " + field));
    }

    public OptionalLong optionalLong(String field) {
        return longOf(answer.get(field), field);
    }

    public String requiredText(String field) {
        return optionalText(field).orElseThrow(() -> malformed("has no " + field));
    }

    public Optional<String> optionalText(String field) {
        JsonNode value = answer.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /** A number, or a string of digits; anything else present under {@code field} is malformed. */
    public OptionalLong longOf(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return OptionalLong.of(value.longValue());
        }
        if (value.isTextual()) {
            try {
                return OptionalLong.of(Long.parseLong(value.textValue().trim()));
            } catch (NumberFormatException e) {
                throw malformed(field + " is not a number: " + value.textValue());
            }
        }
        throw malformed(field + " is not a number: " + value);
    }

    public TransportException malformed(String what) {
        return new TransportException("answer " + what, endpoint, clientMsgId, clientMsgId != null, null);
    }
}
