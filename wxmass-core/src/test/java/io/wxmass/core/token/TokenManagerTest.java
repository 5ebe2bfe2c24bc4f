package io.wxmass.core.token;

import static io.wxmass.core.testing.ScriptedPlatform.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.testing.TestTransports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenManagerTest {
    private static final String PATH = "/cgi-bin/stable_token";
    private static final String APP = TestSecrets.APP_ID;

    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();
    private final InMemoryTokenStore store = new InMemoryTokenStore(clock);
    private final StableTokenSource source =
            new StableTokenSource(TestTransports.unauthenticated(platform, clock).build(), TestTransports.CREDENTIALS, clock);

    @AfterEach
    void stop() {
        platform.close();
    }

    private WxMassConfig.Builder config() {
        return TestTransports.config(platform, clock).tokenStore(store);
    }

    private TokenManager manager() {
        return TokenManager.create(config().build(), source);
    }

    @Test
    void current_fetchesOnce_thenServesTheStoredToken() {
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        TokenManager tokens = manager();

        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        clock.advance(Duration.ofMinutes(100));
        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN);

        assertThat(platform.count(PATH)).isEqualTo(1);
        assertThat(store.get(APP)).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo(TestSecrets.ACCESS_TOKEN));
    }

    @Test
    void current_refreshesAheadOfExpiry_withinTheMargin() {
        platform.enqueue(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)),
                Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        TokenManager tokens = manager();
        tokens.current();

        clock.advance(Duration.ofSeconds(7200 - 300 - 1));
        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        clock.advance(Duration.ofSeconds(2)); // 299 s before expiry: inside the 5-minute margin
        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN_2);

        assertThat(platform.count(PATH)).isEqualTo(2);
    }

    @Test
    void refreshJitter_movesTheRefreshInsideTheMargin_byTheDrawnOffset() {
        platform.enqueue(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)),
                Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        // A generator that always draws 40 s: the refresh happens 300 - 40 = 260 s before expiry.
        TokenManager tokens = TokenManager.create(config().tokenRefreshJitter(Duration.ofSeconds(60)).build(), source, fixed(40_000));
        tokens.current();

        clock.advance(Duration.ofSeconds(7200 - 261));
        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        assertThat(platform.count(PATH)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN_2);
        assertThat(platform.count(PATH)).isEqualTo(2);
    }

    private static java.util.random.RandomGenerator fixed(long value) {
        return new java.util.random.RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public long nextLong(long bound) {
                return Math.min(value, bound - 1);
            }
        };
    }

    @Test
    void tokenLivingLessThanTheMargin_isKeptForHalfItsLife_notRefetchedOnEveryCall() {
        platform.enqueue(PATH, Reply.json("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\",\"expires_in\":120}"),
                Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        TokenManager tokens = manager();
        tokens.current();

        clock.advance(Duration.ofSeconds(59));
        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        assertThat(platform.count(PATH)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN_2);
        assertThat(platform.count(PATH)).isEqualTo(2);
    }

    @Test
    void manyThreadsAtExpiry_causeExactlyOneFetch() throws Exception {
        store.put(APP, new AccessToken(TestSecrets.ACCESS_TOKEN, clock.instant().minusSeconds(1)));
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        TokenManager tokens = manager();
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return tokens.current();
                }));
            }
            ready.await();
            go.countDown();
            for (Future<AccessToken> result : results) {
                assertThat(result.get().value()).isEqualTo(TestSecrets.ACCESS_TOKEN_2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(platform.count(PATH)).isEqualTo(1);
    }

    @Test
    void invalidate_byStaleCaller_cannotExpireAFreshToken() {
        platform.enqueue(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)),
                Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        TokenManager tokens = manager();
        AccessToken seenByBoth = tokens.current();

        assertThat(tokens.invalidate(seenByBoth)).isTrue(); // the first caller's 40001
        AccessToken refreshed = tokens.current();
        assertThat(tokens.invalidate(seenByBoth)).isFalse(); // the second caller's 40001 comes late

        assertThat(tokens.current()).isEqualTo(refreshed);
        assertThat(refreshed.value()).isEqualTo(TestSecrets.ACCESS_TOKEN_2);
        assertThat(platform.count(PATH)).isEqualTo(2);
    }

    @Test
    void whileAnotherInstanceRefreshes_aStillValidTokenIsUsedWithoutWaiting() {
        AccessToken inMargin = new AccessToken(TestSecrets.ACCESS_TOKEN, clock.instant().plusSeconds(120));
        store.put(APP, inMargin);
        TokenStore.RefreshLease otherInstance = store.tryAcquireRefresh(APP, Duration.ofSeconds(30)).orElseThrow();

        assertThat(manager().current()).isEqualTo(inMargin);

        assertThat(platform.count(PATH)).isZero();
        assertThat(clock.sleeps()).isEmpty();
        otherInstance.close();
    }

    @Test
    void whileAnotherInstanceRefreshes_anExpiredTokenMeansWaitingForItsResult() {
        store.put(APP, new AccessToken(TestSecrets.ACCESS_TOKEN, clock.instant().minusSeconds(1)));
        TokenStore.RefreshLease otherInstance = store.tryAcquireRefresh(APP, Duration.ofSeconds(30)).orElseThrow();
        AccessToken theirs = new AccessToken(TestSecrets.ACCESS_TOKEN_3, clock.instant().plusSeconds(7200));
        TokenManager tokens = TokenManager.create(config()
                .sleeper(d -> { // the other instance finishes while we wait
                    store.put(APP, theirs);
                    otherInstance.close();
                }).build(), source);

        assertThat(tokens.current()).isEqualTo(theirs);
        assertThat(platform.count(PATH)).isZero();
    }

    @Test
    void abandonedLease_expires_andThisInstanceFetches() {
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        store.tryAcquireRefresh(APP, Duration.ofSeconds(30)).orElseThrow(); // holder died without closing

        assertThat(manager().current().value()).isEqualTo(TestSecrets.ACCESS_TOKEN_2);

        assertThat(platform.count(PATH)).isEqualTo(1);
        assertThat(clock.instant()).isAfterOrEqualTo(ManualClock.start().instant().plusSeconds(30));
    }

    @Test
    void toString_neverShowsTheToken() {
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        TokenManager tokens = manager();
        AccessToken token = tokens.current();

        assertThat(tokens + " " + token).contains(APP).doesNotContain(TestSecrets.ACCESS_TOKEN, TestSecrets.APP_SECRET);
    }
}
