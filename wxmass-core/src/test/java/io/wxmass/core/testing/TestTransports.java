package io.wxmass.core.testing;

import io.wxmass.core.http.InMemoryRateLimiter;
import io.wxmass.core.http.JdkHttpTransport;
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

    /** A transport for the token endpoints only (no token manager). */
    public static JdkHttpTransport.Builder unauthenticated(ScriptedPlatform platform, ManualClock clock) {
        return JdkHttpTransport.builder(TestSecrets.APP_ID)
                .baseUrl(platform.baseUrl())
                .httpClient(HTTP)
                .sleeper(clock)
                .retryPolicy(exactRetries())
                .rateLimiter(InMemoryRateLimiter.massPerMinute(clock, clock))
                .requestTimeout(Duration.ofSeconds(10));
    }

    /** A token manager fetching stable tokens from the platform into a fresh in-memory store. */
    public static TokenManager tokenManager(ScriptedPlatform platform, ManualClock clock) {
        StableTokenSource source = new StableTokenSource(unauthenticated(platform, clock).build(), CREDENTIALS, clock);
        return TokenManager.builder(TestSecrets.APP_ID, source, new InMemoryTokenStore(clock))
                .clock(clock).sleeper(clock).build();
    }

    /**
     * An authenticated transport. Sets the platform's standing /cgi-bin/stable_token reply to issue
     * {@link TestSecrets#ACCESS_TOKEN}; enqueue one-shot token replies for other sequences.
     */
    public static JdkHttpTransport.Builder authenticated(ScriptedPlatform platform, ManualClock clock) {
        platform.always("/cgi-bin/stable_token", ScriptedPlatform.Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        return unauthenticated(platform, clock).tokenManager(tokenManager(platform, clock));
    }
}
