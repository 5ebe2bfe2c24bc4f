package io.wxmass.core.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.internal.http.JsonCodec;
import java.io.IOException;

/** Turns one HTTP answer into the JSON body, a {@link WeChatApiException} or a {@link TransportException}. */
final class ResponseReader {
    private ResponseReader() {
    }

    static JsonNode read(ApiRequest request, int status, byte[] body) {
        String path = request.endpoint().path();
        JsonNode node;
        try {
            node = JsonCodec.read(body);
        } catch (IOException e) {
            // The parser's message quotes the body, which may hold a token: keep it out.
            throw unreadable(request, "HTTP " + status + " with a body that is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw unreadable(request, "HTTP " + status + " without a JSON object");
        }
        JsonNode errcode = node.get("errcode");
        if (errcode != null && errcode.asInt(ErrorCodes.OK) != ErrorCodes.OK) {
            JsonNode errmsg = node.get("errmsg");
            throw new WeChatApiException(errcode.asInt(), errmsg == null ? "" : errmsg.asText(), path,
                    request.clientMsgId(), msgId(node), node);
        }
        if (status != 200) {
            throw unreadable(request, "HTTP " + status);
        }
        return node;
    }

    /**
     * The same checks as {@link #read(ApiRequest, int, byte[])}, in one streaming pass over the body: every
     * top-level field but errcode and errmsg goes to {@code answer}. An answer that is not a 200 with errcode 0
     * or absent is handed to the tree reader, so errors are mapped in one place (they are small).
     */
    static <T> T read(ApiRequest request, int status, byte[] body, StreamedAnswer<T> answer) {
        boolean failed = status != 200;
        if (!failed) {
            try (JsonParser parser = JsonCodec.parser(body)) {
                failed = parser.nextToken() != JsonToken.START_OBJECT;
                for (String name = failed ? null : parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    parser.nextToken();
                    if (name.equals("errcode")) {
                        failed = parser.getValueAsInt(ErrorCodes.OK) != ErrorCodes.OK;
                    } else if (name.equals("errmsg")) {
                        parser.skipChildren();
                    } else {
                        answer.field(name, parser);
                    }
                }
            } catch (IOException e) {
                // The parser's message quotes the body, which may hold a token: keep it out.
                throw unreadable(request, "HTTP " + status + " with a body that is not JSON");
            }
        }
        if (failed) {
            read(request, status, body);
            throw unreadable(request, "HTTP " + status); // read() throws for every failed answer
        }
        return answer.result();
    }

    // 45065 carries the existing job's id as msg_id; one SDK comment shows msgid.
    private static Long msgId(JsonNode node) {
        for (String field : new String[] {"msg_id", "msgid"}) {
            JsonNode id = node.get(field);
            if (id != null && (id.canConvertToLong() || id.asText().matches("\\d{1,18}"))) {
                return id.canConvertToLong() ? id.asLong() : Long.parseLong(id.asText());
            }
        }
        return null;
    }

    private static TransportException unreadable(ApiRequest request, String what) {
        // The request reached the platform; whether it acted on it is unknown.
        return new TransportException(what, request.endpoint().path(), request.clientMsgId(), true, null);
    }
}
