package io.wxmass.core.testing;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.InMemoryRateLimiter;
import io.wxmass.core.http.JdkHttpTransport;
import io.wxmass.core.http.RateLimiter;
import io.wxmass.core.http.RetryPolicy;
import io.wxmass.core.token.Credentials;
import io.wxmass.core.token.InMemoryTokenStore;
import io.wxmass.core.token.StableTokenSource;
import io.wxmass.core.token.TokenManager;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Real transports wired to a {@link ScriptedPlatform} on a {@link ManualClock}: stable tokens from
 * the platform, an in-memory store, the 60-per-minute limiter and retries that sleep on the clock.
 */
public final class TestTransports {
    public static final Credentials CREDENTIALS = new Credentials(TestSecrets.APP_ID, TestSecrets.APP_SECRET);
    /** One client for all tests: the JDK's HttpClient cannot be closed on Java 17, so do not make many. */
    public static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestTransports() {
    }

    /** Retries without jitter: delays of 500, 1000, 2000 ms, at most 4 attempts. */
    public static RetryPolicy exactRetries() {
        return RetryPolicy.builder().jitter(0).random(new SplittableRandom(7)).build();
    }

    /** The client configuration of these transports: the platform, the clock, exact retries, 10 s per attempt. */
    public static WxMassConfig.Builder config(ScriptedPlatform platform, ManualClock clock) {
        return WxMassConfig.builder()
                .appId(TestSecrets.APP_ID)
                .appSecret(TestSecrets.APP_SECRET)
                .baseUrl(platform.baseUrl())
                .httpClient(HTTP)
                .clock(clock)
                .sleeper(clock)
                .retryPolicy(exactRetries())
                .rateLimiter(InMemoryRateLimiter.massPerMinute(clock, clock))
                .requestTimeout(Duration.ofSeconds(10));
    }

    /** A transport for the token endpoints only (no token manager). */
    public static Builder unauthenticated(ScriptedPlatform platform, ManualClock clock) {
        return new Builder(config(platform, clock), null);
    }

    /** A token manager fetching stable tokens from the platform into a fresh in-memory store. */
    public static TokenManager tokenManager(ScriptedPlatform platform, ManualClock clock) {
        StableTokenSource source = new StableTokenSource(unauthenticated(platform, clock).build(), CREDENTIALS, clock);
        return TokenManager.create(config(platform, clock).tokenStore(new InMemoryTokenStore(clock)).build(), source);
    }

    /**
     * An authenticated transport. Sets the platform's standing /cgi-bin/stable_token reply to issue
     * {@link TestSecrets#ACCESS_TOKEN}; enqueue one-shot token replies for other sequences.
     */
    public static Builder authenticated(ScriptedPlatform platform, ManualClock clock) {
        platform.always("/cgi-bin/stable_token", ScriptedPlatform.Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        return new Builder(config(platform, clock), tokenManager(platform, clock));
    }

    /** The test's variations on {@link #config}; {@link #build()} makes the transport. */
    public static final class Builder {
        private final WxMassConfig.Builder config;
        private final TokenManager tokens;
        private HttpCaller caller = HttpCaller.jdk(HTTP);

        private Builder(WxMassConfig.Builder config, TokenManager tokens) {
            this.config = config;
            this.tokens = tokens;
        }

        public Builder baseUrl(String baseUrl) {
            config.baseUrl(baseUrl);
            return this;
        }

        /** The round trip to send with: the JDK's ({@link #HTTP}) unless a contract test names another. */
        public Builder caller(HttpCaller caller) {
            this.caller = caller;
            return this;
        }

        public Builder rateLimiter(RateLimiter rateLimiter) {
            config.rateLimiter(rateLimiter);
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            config.requestTimeout(requestTimeout);
            return this;
        }

        public Builder shareConcurrentReads(boolean share) {
            config.shareConcurrentReads(share);
            return this;
        }

        public JdkHttpTransport build() {
            WxMassConfig built = config.build();
            return tokens == null ? JdkHttpTransport.unauthenticated(built, caller)
                    : JdkHttpTransport.authenticated(built, caller, tokens);
        }
    }
}
