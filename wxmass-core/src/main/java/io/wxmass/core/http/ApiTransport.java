package io.wxmass.core.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.TransportException;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Sends one request to the platform and returns the JSON answer when errcode is 0 or absent.
 *
 * <p>Implementations add the access token for authenticated endpoints (and never log it), wait for
 * the per-account mass rate limiter, retry only what the retry policy allows (a send only with its
 * clientmsgid), and map a non-zero errcode to {@link io.wxmass.core.error.WeChatApiException}
 * and an unreadable exchange to {@link io.wxmass.core.error.TransportException}.
 */
public interface ApiTransport {
    JsonNode execute(ApiRequest request);

    /**
     * The same call, its answer read field by field by a fresh {@code answer} per attempt rather than built as
     * a tree. This default goes through {@link #execute(ApiRequest)} and walks the tree;
     * {@link JdkHttpTransport} parses the body bytes directly (and never shares such a read).
     */
    default <T> T execute(ApiRequest request, Supplier<? extends StreamedAnswer<T>> answer) {
        JsonNode node = execute(request);
        StreamedAnswer<T> reader = answer.get();
        try (JsonParser parser = node.traverse()) {
            parser.nextToken();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                parser.nextToken();
                if (name.equals("errcode") || name.equals("errmsg")) {
                    parser.skipChildren();
                } else {
                    reader.field(name, parser);
                }
            }
        } catch (IOException e) {
            // A tree in memory always reads; only a reader's own failure lands here.
            throw new TransportException("answer could not be read", request.endpoint().path(), request.clientMsgId(), true, e);
        }
        return reader.result();
    }
}
