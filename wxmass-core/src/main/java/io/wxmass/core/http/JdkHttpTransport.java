package io.wxmass.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.event.EventListener;
import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.TokenManager;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ApiTransport} over an {@link HttpCaller}, by default the JDK's {@link HttpClient}. Per call: encode the body once, then per
 * attempt take a token (authenticated endpoints), wait for the mass rate limiter (sendall, send,
 * preview), post, and map the answer. Failures go through the {@link RetryPolicy}; a token-invalid
 * errcode expires exactly the token that failed, and the call is retried once with a fresh one.
 *
 * <p>The name is older than {@link HttpCaller}: this class now holds the logic common to every caller and speaks
 * the JDK's client only by default. It keeps its name because the campaign, the CLI and users' code build it by
 * name; a rename would break them for a word.
 */
public final class JdkHttpTransport implements ApiTransport {
    private static final Logger log = LoggerFactory.getLogger(JdkHttpTransport.class);

    private final String appId;
    private final TokenManager tokens;
    private final RateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final HttpExchange exchange;
    private final String baseUrl;
    private final SharedReads sharedReads;
    private final EventListener events;

    private JdkHttpTransport(WxMassConfig config, HttpCaller caller, TokenManager tokens) {
        this.appId = config.appId();
        this.tokens = tokens;
        this.rateLimiter = config.rateLimiter()
                .orElseGet(() -> InMemoryRateLimiter.massPerMinute(config.clock(), config.sleeper()));
        this.retryPolicy = config.retryPolicy();
        this.sleeper = config.sleeper();
        this.baseUrl = config.baseUrl();
        this.events = config.eventListener();
        this.sharedReads = config.shareConcurrentReads() ? new SharedReads(events) : null;
        this.exchange = new HttpExchange(caller, baseUrl, config.requestTimeout());
    }

    /**
     * The transport of every authenticated endpoint, with {@code config}'s base URL, request timeout, retry policy,
     * sleeper, read sharing and rate limiter (60 per rolling minute in memory when it has none).
     *
     * @param client the client to send with: {@code config}'s, or one {@link #defaultClient} shared by the
     *               transports of one account
     */
    public static JdkHttpTransport authenticated(WxMassConfig config, HttpClient client, TokenManager tokens) {
        return authenticated(config, HttpCaller.jdk(client), tokens);
    }

    /** The same over any {@link HttpCaller}: e.g. {@code config.httpCaller()}, shared by the transports of one account. */
    public static JdkHttpTransport authenticated(WxMassConfig config, HttpCaller caller, TokenManager tokens) {
        return new JdkHttpTransport(Objects.requireNonNull(config, "config"), Objects.requireNonNull(caller, "caller"),
                Objects.requireNonNull(tokens, "tokens"));
    }

    /** A transport for the token endpoints only: the same settings, no access token. */
    public static JdkHttpTransport unauthenticated(WxMassConfig config, HttpClient client) {
        return unauthenticated(config, HttpCaller.jdk(client));
    }

    /** The same over any {@link HttpCaller}. */
    public static JdkHttpTransport unauthenticated(WxMassConfig config, HttpCaller caller) {
        return new JdkHttpTransport(Objects.requireNonNull(config, "config"), Objects.requireNonNull(caller, "caller"), null);
    }

    /**
     * The client used when none is injected. Plain {@code http://} (the sandbox, a local gateway) is spoken as
     * HTTP/1.1: the JDK otherwise tries an h2c upgrade on every new request and does not keep the connection,
     * which made each call open a new one. {@code https://} keeps HTTP/2 with ALPN.
     *
     * <p>The client's own tasks run inline, on the thread that holds the bytes (its selector thread or the
     * caller), instead of being handed to a pool thread that then wakes the caller: one thread switch less per
     * call, about 40 % less client CPU per call measured on 2 cores (BENCHMARKS.md, ClientCost). Safe because those
     * tasks are small and non-blocking, which the JDK's client is built for; wxmass's body handlers never block.
     * Inject a client of your own through {@code WxMassConfig.httpClient} to choose otherwise.
     */
    public static HttpClient defaultClient(String baseUrl, Duration connectTimeout) {
        return defaultClientBuilder(baseUrl, connectTimeout).build();
    }

    static HttpClient.Builder defaultClientBuilder(String baseUrl, Duration connectTimeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(baseUrl.regionMatches(true, 0, "http://", 0, 7) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .executor(Runnable::run);
    }

    @Override
    public JsonNode execute(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        Endpoint endpoint = request.endpoint();
        refuseUnsendable(request);
        HttpExchange.EncodedBody body = encode(request.body());
        if (sharedReads != null && endpoint.pureRead()) {
            return sharedReads.execute(new SharedReads.Key(endpoint, request.query(), body.bytes()),
                    () -> attempts(request, body, ResponseReader::read));
        }
        return attempts(request, body, ResponseReader::read);
    }

    /** Parses the body bytes straight into {@code answer}, no tree; such reads are never shared (their readers differ). */
    @Override
    public <T> T execute(ApiRequest request, Supplier<? extends StreamedAnswer<T>> answer) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(answer, "answer");
        refuseUnsendable(request);
        return attempts(request, encode(request.body()),
                (r, status, bytes) -> ResponseReader.read(r, status, bytes, answer.get()));
    }

    private void refuseUnsendable(ApiRequest request) {
        Endpoint endpoint = request.endpoint();
        if (endpoint.kind() == Endpoint.Kind.MASS_SEND && request.clientMsgId() == null) {
            throw new InvalidRequestException("clientmsgid", "required on a mass send, so that a re-post cannot send twice");
        }
        if (endpoint.authenticated() && tokens == null) {
            throw new IllegalStateException("transport has no TokenManager but " + endpoint.path() + " needs an access token");
        }
    }

    /** Every attempt of one call: limiter, token, exchange, and the retry policy between attempts. */
    private <T> T attempts(ApiRequest request, HttpExchange.EncodedBody body, HttpExchange.Answer<T> answer) {
        Endpoint endpoint = request.endpoint();
        long start = System.nanoTime();
        events.callStart(endpoint);
        boolean tokenRefreshed = false;
        int failures = 0;
        TransportException unknownEarlier = null;
        while (true) {
            AccessToken token;
            try {
                if (endpoint.rateLimited()) {
                    acquirePermit(request, failures > 0 || tokenRefreshed);
                }
                // Taken after any wait for the limiter, so the token is as fresh as possible when sent.
                token = endpoint.authenticated() ? tokens.current() : null;
            } catch (RuntimeException e) {
                throw failed(endpoint, e, start, failures, tokenRefreshed);
            }
            RuntimeException failure;
            try {
                T result = exchange.execute(request, body, token, answer);
                events.callEnd(endpoint, System.nanoTime() - start, failures + (tokenRefreshed ? 1 : 0));
                return result;
            } catch (WeChatApiException e) {
                if (token != null && !tokenRefreshed && ErrorCodes.isTokenInvalid(e.errcode())) {
                    tokenRefreshed = true;
                    tokens.invalidate(token);
                    log.info("{} answered errcode {}: retrying once with a fresh access token", endpoint.path(), e.errcode());
                    continue;
                }
                failure = e;
            } catch (TransportException e) {
                failure = e;
            }
            failures++;
            if (failure instanceof TransportException t && t.outcomeUnknown() && unknownEarlier == null) {
                unknownEarlier = t;
            } else if (failure instanceof WeChatApiException && unknownEarlier != null) {
                // A refusal of a re-post says nothing about the earlier post whose answer was lost: keep it visible.
                failure.addSuppressed(unknownEarlier);
            }
            Optional<Duration> delay = retryPolicy.nextDelay(request, failure, failures);
            if (delay.isEmpty()) {
                throw failed(endpoint, failure, start, failures - 1, tokenRefreshed);
            }
            events.retryScheduled(endpoint, failure, failures + 1, delay.get().toNanos());
            log.warn("{}{} failed ({}); attempt {} of {} in {} ms", endpoint.path(),
                    request.clientMsgIdOptional().map(id -> " clientmsgid=" + id).orElse(""), reason(failure),
                    failures + 1, retryPolicy.maxAttempts(), delay.get().toMillis());
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                throw failed(endpoint, interrupted(request, true, e), start, failures - 1, tokenRefreshed);
            }
        }
    }

    /** Tells the listener the call failed after {@code failures} failed attempts retried; returns the failure to throw. */
    private RuntimeException failed(Endpoint endpoint, RuntimeException failure, long start, int failures, boolean tokenRefreshed) {
        events.callFailed(endpoint, failure, System.nanoTime() - start, failures + (tokenRefreshed ? 1 : 0));
        return failure;
    }

    private void acquirePermit(ApiRequest request, boolean sentBefore) {
        try {
            long start = System.nanoTime();
            if (request.endpoint().kind() == Endpoint.Kind.MASS_PREVIEW) {
                rateLimiter.acquirePreview(appId);
            } else {
                rateLimiter.acquire(appId);
            }
            events.rateLimitWait(request.endpoint(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            throw interrupted(request, sentBefore, e);
        }
    }

    /** Callers waiting to share the identical read now in flight (tests observe sharing through this). */
    int sharers(ApiRequest request) {
        return sharedReads == null ? 0
                : sharedReads.sharers(new SharedReads.Key(request.endpoint(), request.query(), encode(request.body()).bytes()));
    }

    /** The base URL requests go to, e.g. {@code https://api.weixin.qq.com}. */
    public String baseUrl() {
        return baseUrl;
    }

    private static HttpExchange.EncodedBody encode(RequestBody body) {
        if (body instanceof RequestBody.Json json) {
            return new HttpExchange.EncodedBody("application/json; charset=UTF-8", json.bytes());
        }
        if (body instanceof RequestBody.Multipart multipart) {
            MultipartEncoder encoder = new MultipartEncoder("wxmass-" + UUID.randomUUID().toString().replace("-", ""));
            return new HttpExchange.EncodedBody(encoder.contentType(), encoder.encode(multipart));
        }
        return new HttpExchange.EncodedBody("application/json; charset=UTF-8", new byte[0]);
    }

    private static String reason(RuntimeException failure) {
        if (failure instanceof WeChatApiException api) {
            return "errcode " + api.errcode();
        }
        return failure instanceof WxMassException ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static TransportException interrupted(ApiRequest request, boolean sentBefore, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new TransportException("interrupted", request.endpoint().path(), request.clientMsgId(), sentBefore, e);
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[appId=" + appId + ", baseUrl=" + baseUrl + ", " + retryPolicy + "]";
    }
}
