package io.wxmass.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.internal.http.Redaction;
import io.wxmass.core.token.AccessToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP round trip: builds the URL (token in the query), hands it to the {@link HttpCaller}, maps its failure
 * and reads the answer. No retries.
 */
final class HttpExchange {
    private static final Logger log = LoggerFactory.getLogger(HttpExchange.class);

    private static final byte[] NO_BYTES = new byte[0];

    private final HttpCaller caller;
    private final String baseUrl;
    private final Duration timeout;
    private volatile EncodedToken lastToken;

    HttpExchange(HttpCaller caller, String baseUrl, Duration timeout) {
        this.caller = caller;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    JsonNode execute(ApiRequest request, EncodedBody body, AccessToken token) {
        return execute(request, body, token, ResponseReader::read);
    }

    /** The round trip with {@code answer} turning the status and body into the result (or the typed failure). */
    <T> T execute(ApiRequest request, EncodedBody body, AccessToken token, Answer<T> answer) {
        URI uri = uri(request, token);
        Endpoint.Method method = request.endpoint().method();
        HttpCaller.Request call = new HttpCaller.Request(method, uri,
                method == Endpoint.Method.GET ? null : body.contentType(),
                method == Endpoint.Method.GET ? NO_BYTES : body.bytes(), timeout);
        LoggedCall logged = new LoggedCall(method, uri);
        long started = System.nanoTime();
        HttpCaller.Response response;
        try {
            response = caller.call(call);
        } catch (HttpCaller.Failure e) {
            throw failed(request, logged, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(request, logged, "interrupted", true, e);
        }
        if (log.isDebugEnabled()) {
            log.debug("{} -> HTTP {} ({} bytes) in {} ms", logged, response.status(), response.body().length,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return answer.read(request, response.status(), response.body());
    }

    /** The one map from a caller's failure to what the request may have done, whichever caller it came from. */
    private TransportException failed(ApiRequest request, LoggedCall logged, HttpCaller.Failure failure) {
        // The caller's own exception is the cause users see (a ConnectException, an SSLHandshakeException).
        Exception cause = failure.getCause() instanceof Exception e ? e : failure;
        switch (failure.kind()) {
            case CONNECT_TIMED_OUT:
                return failed(request, logged, "connect timed out", false, cause);
            case CONNECT_REFUSED:
                return failed(request, logged, "connection refused", false, cause);
            case NO_ANSWER_BEFORE_DEADLINE:
                return failed(request, logged, "no answer within " + timeout.toMillis() + " ms", true, cause);
            default:
                return failed(request, logged, "connection failed ("
                        + (cause instanceof IOException io && cause != failure ? describe(io) : "IOException") + ")", true, cause);
        }
    }

    private URI uri(ApiRequest request, AccessToken token) {
        if (request.query().isEmpty() && token != null) {
            // Most calls: a POST whose only parameter is the token; skip the general path below.
            return URI.create(baseUrl + request.endpoint().path() + "?access_token=" + encodedToken(token));
        }
        // Sorted so the URL of a request is always the same, whatever map the caller built.
        Map<String, String> query = new TreeMap<>(request.query());
        if (token != null) {
            query.put("access_token", token.value());
        }
        StringBuilder url = new StringBuilder(baseUrl).append(request.endpoint().path());
        char separator = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            separator = '&';
        }
        return URI.create(url.toString());
    }

    /** The token as a query value, encoded once per token rather than once per call. */
    private String encodedToken(AccessToken token) {
        EncodedToken last = lastToken;
        if (last == null || !last.token().value().equals(token.value())) {
            last = new EncodedToken(token, encode(token.value()));
            lastToken = last;
        }
        return last.encoded();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // "Connection reset" is worth keeping; a message that might quote a URL or parameter is not.
    private static String describe(IOException e) {
        String message = e.getMessage();
        boolean safe = message != null && !message.contains("://") && !message.contains("=") && !message.contains("?");
        return e.getClass().getSimpleName() + (safe ? ": " + message : "");
    }

    private static TransportException failed(ApiRequest request, LoggedCall logged, String what, boolean outcomeUnknown,
                                             Exception cause) {
        log.debug("{} failed: {} (outcome unknown: {})", logged, what, outcomeUnknown);
        // The cause is kept without its message in ours; the JDK's messages do not carry the URL.
        return new TransportException(what, request.endpoint().path(), request.clientMsgId(), outcomeUnknown, cause);
    }

    /** The call as logs show it; redacted only when a log line is actually written (not on the hot path). */
    private record LoggedCall(Endpoint.Method method, URI uri) {
        @Override
        public String toString() {
            return method + " " + Redaction.url(uri);
        }
    }

    /** Holds a secret: never logged, and toString says nothing of it. */
    private record EncodedToken(AccessToken token, String encoded) {
        @Override
        public String toString() {
            return "EncodedToken[<redacted>]";
        }
    }

    /** Reads one HTTP answer: {@link ResponseReader}'s tree or a streamed read. */
    @FunctionalInterface
    interface Answer<T> {
        T read(ApiRequest request, int status, byte[] body);
    }

    /** A request body encoded once, so a re-post sends exactly the same bytes. */
    record EncodedBody(String contentType, byte[] bytes) {
    }
}
