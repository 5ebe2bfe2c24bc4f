package io.wxmass.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.TokenManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ApiTransport} over the JDK's {@link HttpClient}. Per call: encode the body once, then per
 * attempt take a token (authenticated endpoints), wait for the mass rate limiter (sendall, send,
 * preview), post, and map the answer. Failures go through the {@link RetryPolicy}; a token-invalid
 * errcode expires exactly the token that failed, and the call is retried once with a fresh one.
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

    private JdkHttpTransport(Builder b) {
        this.appId = b.appId;
        this.tokens = b.tokens;
        this.rateLimiter = b.rateLimiter != null ? b.rateLimiter : InMemoryRateLimiter.massPerMinute(Clock.systemUTC(), b.sleeper);
        this.retryPolicy = b.retryPolicy;
        this.sleeper = b.sleeper;
        this.baseUrl = b.baseUrl;
        this.sharedReads = b.shareConcurrentReads ? new SharedReads() : null;
        HttpClient client = b.httpClient != null ? b.httpClient : defaultClient(b.baseUrl, b.connectTimeout);
        this.exchange = new HttpExchange(client, b.baseUrl, b.requestTimeout);
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

    /** @param appId the account; keys the rate limiter and names the token's owner */
    public static Builder builder(String appId) {
        return new Builder(appId);
    }

    @Override
    public JsonNode execute(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        Endpoint endpoint = request.endpoint();
        if (endpoint.kind() == Endpoint.Kind.MASS_SEND && request.clientMsgId() == null) {
            throw new InvalidRequestException("clientmsgid", "required on a mass send, so that a re-post cannot send twice");
        }
        if (endpoint.authenticated() && tokens == null) {
            throw new IllegalStateException("transport has no TokenManager but " + endpoint.path() + " needs an access token");
        }
        HttpExchange.EncodedBody body = encode(request.body());
        if (sharedReads != null && endpoint.pureRead()) {
            return sharedReads.execute(new SharedReads.Key(endpoint, request.query(), body.bytes()), () -> attempts(request, body));
        }
        return attempts(request, body);
    }

    /** Every attempt of one call: limiter, token, exchange, and the retry policy between attempts. */
    private JsonNode attempts(ApiRequest request, HttpExchange.EncodedBody body) {
        Endpoint endpoint = request.endpoint();
        boolean tokenRefreshed = false;
        int failures = 0;
        while (true) {
            if (endpoint.rateLimited()) {
                acquirePermit(request, failures > 0 || tokenRefreshed);
            }
            // Taken after any wait for the limiter, so the token is as fresh as possible when sent.
            AccessToken token = endpoint.authenticated() ? tokens.current() : null;
            RuntimeException failure;
            try {
                return exchange.execute(request, body, token);
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
            Optional<Duration> delay = retryPolicy.nextDelay(request, failure, failures);
            if (delay.isEmpty()) {
                throw failure;
            }
            log.warn("{}{} failed ({}); attempt {} of {} in {} ms", endpoint.path(),
                    request.clientMsgIdOptional().map(id -> " clientmsgid=" + id).orElse(""), reason(failure),
                    failures + 1, retryPolicy.maxAttempts(), delay.get().toMillis());
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                throw interrupted(request, true, e);
            }
        }
    }

    private void acquirePermit(ApiRequest request, boolean sentBefore) {
        try {
            if (request.endpoint().kind() == Endpoint.Kind.MASS_PREVIEW) {
                rateLimiter.acquirePreview(appId);
            } else {
                rateLimiter.acquire(appId);
            }
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

    public static final class Builder {
        private final String appId;
        private TokenManager tokens;
        private RateLimiter rateLimiter;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private HttpClient httpClient;
        private String baseUrl = "https://api.weixin.qq.com";
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private boolean shareConcurrentReads = true;

        private Builder(String appId) {
            this.appId = Objects.requireNonNull(appId, "appId");
        }

        /** Required for every endpoint but the token endpoints. */
        public Builder tokenManager(TokenManager tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /** Default: 60 per rolling minute in memory; share one limiter between transports of one account. */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Waits between attempts (and for the default rate limiter). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Default: a client of its own with {@link #connectTimeout(Duration)}. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** The platform, the sandbox or a gateway: scheme, host, port and optional path prefix. */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            URI uri = URI.create(baseUrl);
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawQuery() != null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL without a query, was " + baseUrl);
            }
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return this;
        }

        /** Used only when no {@link HttpClient} is given. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long one attempt may wait for its answer. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * Default true: identical pure reads (mass/get, speed/get, user and tag reads) that overlap share one
         * request, never one sent before the caller arrived (see {@link SharedReads}). False sends one request
         * per call.
         */
        public Builder shareConcurrentReads(boolean share) {
            this.shareConcurrentReads = share;
            return this;
        }

        public JdkHttpTransport build() {
            return new JdkHttpTransport(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
