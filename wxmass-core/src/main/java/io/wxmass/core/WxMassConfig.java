package io.wxmass.core;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.RateLimiter;
import io.wxmass.core.http.RetryPolicy;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.token.Credentials;
import io.wxmass.core.token.InMemoryTokenStore;
import io.wxmass.core.token.TokenStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a {@link WxMass} client needs, validated once. {@link #toString()} redacts the app
 * secret, the callback token and the EncodingAESKey.
 */
public final class WxMassConfig {
    public static final String DEFAULT_BASE_URL = "https://api.weixin.qq.com";
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
    private final RateLimiter rateLimiter;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final boolean shareConcurrentReads;
    private final String callbackToken;
    private final String encodingAesKey;

    private WxMassConfig(Builder b) {
        this.credentials = new Credentials(required(b.appId, "appId"), required(b.appSecret, "appSecret"));
        this.baseUrl = b.baseUrl;
        this.tokenStore = b.tokenStore != null ? b.tokenStore : new InMemoryTokenStore(b.clock);
        this.tokenSource = b.tokenSource;
        this.tokenRefreshMargin = b.tokenRefreshMargin;
        this.tokenRefreshJitter = b.tokenRefreshJitter;
        this.tokenLeaseTtl = b.tokenLeaseTtl;
        this.tokenLeasePollInterval = b.tokenLeasePollInterval;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.httpClient = b.httpClient;
        this.rateLimiter = b.rateLimiter;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.retryPolicy = b.retryPolicy;
        this.shareConcurrentReads = b.shareConcurrentReads;
        this.callbackToken = b.callbackToken;
        this.encodingAesKey = b.encodingAesKey;
    }

    public static Builder builder() {
        return new Builder();
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
        private Duration tokenRefreshMargin = Duration.ofMinutes(5);
        private Duration tokenRefreshJitter = Duration.ZERO;
        private Duration tokenLeaseTtl = Duration.ofSeconds(30);
        private Duration tokenLeasePollInterval = Duration.ofMillis(200);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private HttpClient httpClient;
        private RateLimiter rateLimiter;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean shareConcurrentReads = true;
        private String callbackToken;
        private String encodingAesKey;

        private Builder() {
        }

        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        public Builder appSecret(String appSecret) {
            this.appSecret = appSecret;
            return this;
        }

        /** The platform (default), the sandbox, or a gateway; an absolute http(s) URL without a query. */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("baseUrl", "must be a URL");
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null) {
                throw new InvalidRequestException("baseUrl", "must be an absolute http(s) URL without a query");
            }
            this.baseUrl = baseUrl;
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

        public Builder tokenRefreshMargin(Duration margin) {
            Objects.requireNonNull(margin, "margin");
            if (margin.isNegative()) {
                throw new InvalidRequestException("tokenRefreshMargin", "must not be negative");
            }
            this.tokenRefreshMargin = margin;
            return this;
        }

        /** Spread refreshes of several instances over this window inside the margin (default 0; cluster mode sets it). */
        public Builder tokenRefreshJitter(Duration jitter) {
            Objects.requireNonNull(jitter, "jitter");
            if (jitter.isNegative()) {
                throw new InvalidRequestException("tokenRefreshJitter", "must not be negative");
            }
            this.tokenRefreshJitter = jitter;
            return this;
        }

        /**
         * With a shared {@link TokenStore}: how long the refresh lease lasts if the instance holding it dies
         * (default 30 s; longer than a token fetch can take, short enough that the others take over quickly).
         */
        public Builder tokenLeaseTtl(Duration ttl) {
            this.tokenLeaseTtl = positive(ttl, "tokenLeaseTtl");
            return this;
        }

        /** With a shared {@link TokenStore}: how often waiting callers re-read it while another instance refreshes (default 200 ms). */
        public Builder tokenLeasePollInterval(Duration interval) {
            this.tokenLeasePollInterval = positive(interval, "tokenLeasePollInterval");
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

        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = positive(requestTimeout, "requestTimeout");
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

        public WxMassConfig build() {
            return new WxMassConfig(this);
        }

        private static Duration positive(Duration d, String field) {
            Objects.requireNonNull(d, field);
            if (d.isNegative() || d.isZero()) {
                throw new InvalidRequestException(field, "must be positive");
            }
            return d;
        }
    }
}
