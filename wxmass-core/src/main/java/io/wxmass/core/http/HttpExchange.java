package io.wxmass.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.internal.http.Redaction;
import io.wxmass.core.token.AccessToken;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One HTTP round trip: builds the URL (token in the query), sends, reads the answer. No retries. */
final class HttpExchange {
    private static final Logger log = LoggerFactory.getLogger(HttpExchange.class);

    private static final long BODY_DEADLINE_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final HttpClient client;
    private final String baseUrl;
    private final Duration timeout;
    private volatile EncodedToken lastToken;

    HttpExchange(HttpClient client, String baseUrl, Duration timeout) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    JsonNode execute(ApiRequest request, EncodedBody body, AccessToken token) {
        return execute(request, body, token, ResponseReader::read);
    }

    /** The round trip with {@code answer} turning the status and body into the result (or the typed failure). */
    <T> T execute(ApiRequest request, EncodedBody body, AccessToken token, Answer<T> answer) {
        URI uri = uri(request, token);
        HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (request.endpoint().method() == Endpoint.Method.GET) {
            http.GET();
        } else {
            http.header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        }
        LoggedCall logged = new LoggedCall(request.endpoint().method(), uri);
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = await(client.sendAsync(http.build(), HttpResponse.BodyHandlers.ofByteArray()), started);
        } catch (IOException e) {
            throw failed(request, logged, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(request, logged, "interrupted", true, e);
        }
        if (log.isDebugEnabled()) {
            log.debug("{} -> HTTP {} ({} bytes) in {} ms", logged, response.statusCode(), response.body().length,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return answer.read(request, response.statusCode(), response.body());
    }

    /**
     * Waits on the caller's thread for the headers and the whole body, up to the request timeout from the
     * start: {@code HttpRequest.timeout} bounds only the headers, and a server that then stalls the body would
     * hold the caller forever. This is what {@code HttpClient.send} does itself (sendAsync, then wait), with
     * the wait timed; a timer task per call instead woke a timer thread on every call made alone
     * (BENCHMARKS.md, one call). On the deadline the exchange is cancelled, which closes its connection.
     */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending, long started)
            throws IOException, InterruptedException {
        // The client's own timer ends the wait for headers at the same instant and names a connect that took
        // too long, so this wait gives it a moment to speak first.
        long left = started + timeout.toNanos() + BODY_DEADLINE_GRACE_NANOS - System.nanoTime();
        try {
            return pending.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("body not complete before the deadline");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r; // what send() throws as is: IllegalArgumentException, SecurityException
            }
            throw new IOException(cause);
        }
    }

    private TransportException failed(ApiRequest request, LoggedCall logged, IOException cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return failed(request, logged, "connect timed out", false, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return failed(request, logged, "no answer within " + timeout.toMillis() + " ms", true, cause);
        }
        if (cause instanceof ConnectException) {
            return failed(request, logged, "connection refused", false, cause);
        }
        return failed(request, logged, "connection failed (" + describe(cause) + ")", true, cause);
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
