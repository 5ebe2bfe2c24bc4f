package io.wxmass.core;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.event.EventListener;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.RateLimiter;
import io.wxmass.core.http.RetryPolicy;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.internal.message.Require;
import io.wxmass.core.token.Credentials;
import io.wxmass.core.token.InMemoryTokenStore;
import io.wxmass.core.token.TokenStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a {@link WxMass} client needs, validated once: the one place for the client's defaults
 * (the {@code DEFAULT_} constants) and checks. Its parts ({@code TokenManager}, {@code JdkHttpTransport})
 * take the built config rather than settings of their own. {@link #toString()} redacts the app
 * secret, the callback token and the EncodingAESKey.
 */
public final class WxMassConfig {
    public static final String DEFAULT_BASE_URL = "https://api.weixin.qq.com";
    /** The platform's overlap of old and new token (docs/platform.md §6.1, §6.2). */
    public static final Duration DEFAULT_TOKEN_REFRESH_MARGIN = Duration.ofMinutes(5);
    /** Longer than a token fetch can take, short enough that the other instances take over quickly. */
    public static final Duration DEFAULT_TOKEN_LEASE_TTL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TOKEN_LEASE_POLL_INTERVAL = Duration.ofMillis(200);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern AES_KEY = Pattern.compile("[a-zA-Z0-9]{43}");

    /** Which token endpoint to use; {@link #STABLE} unless one holder owns the account's classic token. */
    public enum TokenSourceKind { STABLE, CLASSIC }

    private final Credentials credentials;
    private final String baseUrl;
    private final TokenStore tokenStore;
    private final TokenSourceKind tokenSource;
    private final Duration tokenRefreshMargin;
    private final Duration tokenRefreshJitter;
    private final Duration tokenLeaseTtl;
    private final Duration tokenLeasePollInterval;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient httpClient;
    private final HttpCaller httpCaller;
    private final RateLimiter rateLimiter;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final boolean shareConcurrentReads;
    private final String callbackToken;
    private final String encodingAesKey;
    private final EventListener eventListener;

    private WxMassConfig(Builder b) {
        this.credentials = new Credentials(required(b.appId, "appId"), required(b.appSecret, "appSecret"));
        this.baseUrl = b.baseUrl;
        // Resolved here, not per part: every part of one client, and every newBuilder() copy, shares one store.
        this.tokenStore = b.tokenStore != null ? b.tokenStore : new InMemoryTokenStore(b.clock);
        this.tokenSource = b.tokenSource;
        this.tokenRefreshMargin = b.tokenRefreshMargin;
        this.tokenRefreshJitter = b.tokenRefreshJitter;
        this.tokenLeaseTtl = b.tokenLeaseTtl;
        this.tokenLeasePollInterval = b.tokenLeasePollInterval;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.httpClient = b.httpClient;
        this.httpCaller = b.httpCaller;
        this.rateLimiter = b.rateLimiter;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.retryPolicy = b.retryPolicy;
        this.shareConcurrentReads = b.shareConcurrentReads;
        this.callbackToken = b.callbackToken;
        this.encodingAesKey = b.encodingAesKey;
        this.eventListener = b.eventListener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's settings (the same token store included), to derive a variant. */
    public Builder newBuilder() {
        return new Builder(this);
    }

    public String appId() {
        return credentials.appId();
    }

    public Credentials credentials() {
        return credentials;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public TokenStore tokenStore() {
        return tokenStore;
    }

    public TokenSourceKind tokenSource() {
        return tokenSource;
    }

    public Duration tokenRefreshMargin() {
        return tokenRefreshMargin;
    }

    public Duration tokenRefreshJitter() {
        return tokenRefreshJitter;
    }

    /** How long a shared store's refresh lease lasts if its holder dies without releasing it. */
    public Duration tokenLeaseTtl() {
        return tokenLeaseTtl;
    }

    /** How often a caller re-reads the store while another instance holds the refresh lease. */
    public Duration tokenLeasePollInterval() {
        return tokenLeasePollInterval;
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /** The caller's client, or empty: then {@link WxMass} builds one with {@link #connectTimeout()}. */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /**
     * The caller's round trip (e.g. {@code wxmass-transport-httpclient5}'s), or empty: then {@link WxMass} speaks
     * the JDK's client ({@link #httpClient()} or its own).
     */
    public Optional<HttpCaller> httpCaller() {
        return Optional.ofNullable(httpCaller);
    }

    /** The caller's limiter (e.g. Redis-backed for a cluster), or empty for an in-memory 60 per minute. */
    public Optional<RateLimiter> rateLimiter() {
        return Optional.ofNullable(rateLimiter);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** Whether identical pure reads in flight at once share one request (default true). */
    public boolean shareConcurrentReads() {
        return shareConcurrentReads;
    }

    /** The token configured for callback signatures, if callbacks are received. */
    public Optional<String> callbackToken() {
        return Optional.ofNullable(callbackToken);
    }

    /** The 43-character EncodingAESKey for safe-mode callbacks, if configured. */
    public Optional<String> encodingAesKey() {
        return Optional.ofNullable(encodingAesKey);
    }

    /** Told of every call, retry, rate-limit wait, token fetch and shared read; {@link EventListener#NONE} by default. */
    public EventListener eventListener() {
        return eventListener;
    }

    @Override
    public String toString() {
        return "WxMassConfig[appId=" + appId() + ", appSecret=<redacted>, baseUrl=" + baseUrl
                + ", tokenSource=" + tokenSource + ", tokenStore=" + tokenStore.getClass().getSimpleName()
                + ", requestTimeout=" + requestTimeout + ", " + retryPolicy
                + ", callbackToken=" + (callbackToken == null ? "<none>" : "<redacted>")
                + ", encodingAesKey=" + (encodingAesKey == null ? "<none>" : "<redacted>") + "]";
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "is required and must not be blank");
        }
        return value;
    }

    public static final class Builder {
        private String appId;
        private String appSecret;
        private String baseUrl = DEFAULT_BASE_URL;
        private TokenStore tokenStore;
        private TokenSourceKind tokenSource = TokenSourceKind.STABLE;
        private Duration tokenRefreshMargin = DEFAULT_TOKEN_REFRESH_MARGIN;
        private Duration tokenRefreshJitter = Duration.ZERO;
        private Duration tokenLeaseTtl = DEFAULT_TOKEN_LEASE_TTL;
        private Duration tokenLeasePollInterval = DEFAULT_TOKEN_LEASE_POLL_INTERVAL;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private HttpClient httpClient;
        private HttpCaller httpCaller;
        private RateLimiter rateLimiter;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean shareConcurrentReads = true;
        private String callbackToken;
        private String encodingAesKey;
        private EventListener eventListener = EventListener.NONE;

        private Builder() {
        }

        private Builder(WxMassConfig c) {
            this.appId = c.credentials.appId();
            this.appSecret = c.credentials.appSecret();
            this.baseUrl = c.baseUrl;
            this.tokenStore = c.tokenStore;
            this.tokenSource = c.tokenSource;
            this.tokenRefreshMargin = c.tokenRefreshMargin;
            this.tokenRefreshJitter = c.tokenRefreshJitter;
            this.tokenLeaseTtl = c.tokenLeaseTtl;
            this.tokenLeasePollInterval = c.tokenLeasePollInterval;
            this.clock = c.clock;
            this.sleeper = c.sleeper;
            this.httpClient = c.httpClient;
            this.httpCaller = c.httpCaller;
            this.rateLimiter = c.rateLimiter;
            this.connectTimeout = c.connectTimeout;
            this.requestTimeout = c.requestTimeout;
            this.retryPolicy = c.retryPolicy;
            this.shareConcurrentReads = c.shareConcurrentReads;
            this.callbackToken = c.callbackToken;
            this.encodingAesKey = c.encodingAesKey;
            this.eventListener = c.eventListener;
        }

        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        public Builder appSecret(String appSecret) {
            this.appSecret = appSecret;
            return this;
        }

        /**
         * The platform (default), the sandbox, or a gateway: an absolute http(s) URL without a query; scheme, host,
         * port and an optional path prefix (a trailing slash is dropped).
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Require.baseUrl(baseUrl, "baseUrl");
            return this;
        }

        /** Default: in memory. Share one store (e.g. Redis) between instances of one account. */
        public Builder tokenStore(TokenStore tokenStore) {
            this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
            return this;
        }

        public Builder tokenSource(TokenSourceKind tokenSource) {
            this.tokenSource = Objects.requireNonNull(tokenSource, "tokenSource");
            return this;
        }

        /** How long before expiry a token is replaced (default 5 minutes, the platform's overlap). */
        public Builder tokenRefreshMargin(Duration margin) {
            this.tokenRefreshMargin = Require.nonNegative(margin, "tokenRefreshMargin");
            return this;
        }

        /**
         * Spread refreshes of several instances over this window inside the margin: each client refreshes somewhere
         * between {@code margin - jitter} and {@code margin} before expiry, chosen once (default 0; cluster mode sets
         * it). Capped at the margin.
         */
        public Builder tokenRefreshJitter(Duration jitter) {
            this.tokenRefreshJitter = Require.nonNegative(jitter, "tokenRefreshJitter");
            return this;
        }

        /**
         * With a shared {@link TokenStore}: how long the refresh lease lasts if the instance holding it dies
         * (default 30 s; longer than a token fetch can take, short enough that the others take over quickly).
         */
        public Builder tokenLeaseTtl(Duration ttl) {
            this.tokenLeaseTtl = Require.positive(ttl, "tokenLeaseTtl");
            return this;
        }

        /** With a shared {@link TokenStore}: how often waiting callers re-read it while another instance refreshes (default 200 ms). */
        public Builder tokenLeasePollInterval(Duration interval) {
            this.tokenLeasePollInterval = Require.positive(interval, "tokenLeasePollInterval");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The JDK client to send with; an alternative to {@link #httpCaller(HttpCaller)}. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Another HTTP client under the same retries, deadline and redaction, e.g. {@code ApacheHttpCaller} from
         * {@code wxmass-transport-httpclient5}; it brings its own connect timeout. An alternative to
         * {@link #httpClient(HttpClient)}: both at once is refused.
         */
        public Builder httpCaller(HttpCaller httpCaller) {
            this.httpCaller = Objects.requireNonNull(httpCaller, "httpCaller");
            return this;
        }

        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        /** Used only when neither {@link #httpClient(HttpClient)} nor {@link #httpCaller(HttpCaller)} is given. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Require.positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long one attempt may wait for its answer. */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Require.positive(requestTimeout, "requestTimeout");
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Default true: identical reads (mass/get, speed/get, user and tag reads) that overlap in time share one
         * request, and only one started after the caller arrived, so no answer is older than a request of the
         * caller's own would have been. It saves API quota when many threads poll one job. False: one request per call.
         */
        public Builder shareConcurrentReads(boolean share) {
            this.shareConcurrentReads = share;
            return this;
        }

        public Builder callbackToken(String callbackToken) {
            Objects.requireNonNull(callbackToken, "callbackToken");
            if (callbackToken.isBlank()) {
                throw new InvalidRequestException("callbackToken", "must not be blank");
            }
            this.callbackToken = callbackToken;
            return this;
        }

        public Builder encodingAesKey(String encodingAesKey) {
            Objects.requireNonNull(encodingAesKey, "encodingAesKey");
            if (!AES_KEY.matcher(encodingAesKey).matches()) {
                throw new InvalidRequestException("encodingAesKey", "must be 43 characters of [a-zA-Z0-9]");
            }
            this.encodingAesKey = encodingAesKey;
            return this;
        }

        /**
         * Told of what the client does (metrics, tracing): see {@link EventListener}. What it throws is logged once
         * and ignored, never failing a call. Default {@link EventListener#NONE}.
         */
        public Builder eventListener(EventListener eventListener) {
            this.eventListener = EventListener.guarded(eventListener);
            return this;
        }

        /**
         * Adds {@code eventListener} after the ones already set (see {@link EventListener#composite}), so that
         * meters set by a framework and a listener of the application's both hear every event.
         */
        public Builder addEventListener(EventListener eventListener) {
            this.eventListener = EventListener.composite(this.eventListener, eventListener);
            return this;
        }

        public WxMassConfig build() {
            if (httpClient != null && httpCaller != null) {
                throw new InvalidRequestException("httpCaller", "is an alternative to httpClient: give one of them");
            }
            return new WxMassConfig(this);
        }
    }
}
