package io.wxmass.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.TestSecrets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryTokenStoreTest {
    private static final String APP = TestSecrets.APP_ID;

    private final ManualClock clock = ManualClock.start();
    private final InMemoryTokenStore store = new InMemoryTokenStore(clock);
    private final AccessToken stale = new AccessToken(TestSecrets.ACCESS_TOKEN, clock.instant().plusSeconds(60));
    private final AccessToken fresh = new AccessToken(TestSecrets.ACCESS_TOKEN_2, clock.instant().plusSeconds(7200));

    @Test
    void expireIfCurrent_removesTheFailedToken() {
        store.put(APP, stale);

        assertThat(store.expireIfCurrent(APP, TestSecrets.ACCESS_TOKEN)).isTrue();
        assertThat(store.get(APP)).isEmpty();
    }

    @Test
    void expireIfCurrent_withStaleValue_keepsTheFreshToken() {
        store.put(APP, fresh);

        assertThat(store.expireIfCurrent(APP, TestSecrets.ACCESS_TOKEN)).isFalse();
        assertThat(store.get(APP)).contains(fresh);
    }

    @Test
    void lease_isExclusiveUntilClosed() {
        Optional<TokenStore.RefreshLease> first = store.tryAcquireRefresh(APP, Duration.ofSeconds(30));

        assertThat(first).isPresent();
        assertThat(store.tryAcquireRefresh(APP, Duration.ofSeconds(30))).isEmpty();
        assertThat(store.tryAcquireRefresh("wxOther", Duration.ofSeconds(30))).isPresent();
        first.get().close();
        assertThat(store.tryAcquireRefresh(APP, Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void lease_endsWhenItsTtlPasses_andClosingTheOldOneKeepsTheNewOne() {
        TokenStore.RefreshLease abandoned = store.tryAcquireRefresh(APP, Duration.ofSeconds(30)).orElseThrow();
        clock.advance(Duration.ofSeconds(30));

        Optional<TokenStore.RefreshLease> next = store.tryAcquireRefresh(APP, Duration.ofSeconds(30));
        assertThat(next).isPresent();
        abandoned.close();
        assertThat(store.tryAcquireRefresh(APP, Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void toString_showsAccountsNotTokens() {
        store.put(APP, fresh);

        assertThat(store.toString()).contains(APP).doesNotContain(TestSecrets.ACCESS_TOKEN_2);
    }
}
