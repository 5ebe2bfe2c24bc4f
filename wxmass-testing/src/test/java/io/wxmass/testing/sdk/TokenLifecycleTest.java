package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.audience.Tag;
import io.wxmass.core.token.AccessToken;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's access token against the sandbox's stable_token: fetched once, renewed once, never by a crowd. */
@WithSandbox(followers = 20, fixedClock = Sdk.START)
class TokenLifecycleTest {
    private static final String STABLE_TOKEN = "/cgi-bin/stable_token";
    private static final String CLASSIC_TOKEN = "/cgi-bin/token";
    /** The platform's token lifetime (7200 s). */
    private static final Duration LIFETIME = Duration.ofHours(2);

    /** Every earlier token is long expired, so each test's client starts from a token with its full life. */
    @BeforeEach
    void freshMonth(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
    }

    @Test
    void token_isFetchedOnceFromStableTokenAndReusedByEveryCall(Sandbox sandbox) {
        WxMass wx = Sdk.client(sandbox);
        long fetches = sandbox.admin().tokenFetches(sandbox.appId());
        long stable = sandbox.admin().requests(STABLE_TOKEN);
        long classic = sandbox.admin().requests(CLASSIC_TOKEN);

        wx.audience().tags();
        wx.mass().speed();
        assertThat(wx.audience().followers().count()).isEqualTo(20);

        assertThat(sandbox.admin().tokenFetches(sandbox.appId()) - fetches).isEqualTo(1);
        assertThat(sandbox.admin().requests(STABLE_TOKEN) - stable).isEqualTo(1);
        assertThat(sandbox.admin().requests(CLASSIC_TOKEN)).isEqualTo(classic);
    }

    @Test
    void token_pastItsExpiry_isRefetchedExactlyOnce(Sandbox sandbox) {
        WxMass wx = Sdk.client(sandbox);
        AccessToken first = wx.tokens().current();
        long fetches = sandbox.admin().tokenFetches(sandbox.appId());

        sandbox.clock().advance(LIFETIME.plusSeconds(1));
        wx.audience().tags();
        wx.mass().speed();
        wx.audience().tags();

        assertThat(sandbox.admin().tokenFetches(sandbox.appId()) - fetches).isEqualTo(1);
        assertThat(wx.tokens().current().value()).isNotEqualTo(first.value());
    }

    @Test
    void token_insideTheRefreshMargin_isRenewedBeforeItExpires(Sandbox sandbox) {
        WxMass wx = Sdk.client(sandbox);
        AccessToken first = wx.tokens().current();
        long fetches = sandbox.admin().tokenFetches(sandbox.appId());

        // Four minutes before expiry: inside the SDK's 5-minute margin and the platform's renewal window.
        sandbox.clock().advance(Duration.between(sandbox.clock().instant(), first.expiresAt()).minusMinutes(4));
        wx.audience().tags();
        wx.audience().tags();

        assertThat(sandbox.admin().tokenFetches(sandbox.appId()) - fetches).isEqualTo(1);
        AccessToken renewed = wx.tokens().current();
        assertThat(renewed.value()).isNotEqualTo(first.value());
        assertThat(renewed.expiresAt()).isAfter(first.expiresAt());
    }

    @Test
    void token_64ThreadsCallingAtExpiry_causeExactlyOneFetch(Sandbox sandbox) throws Exception {
        WxMass wx = Sdk.client(sandbox);
        wx.tokens().current();
        sandbox.clock().advance(LIFETIME.plusSeconds(1));
        long fetches = sandbox.admin().tokenFetches(sandbox.appId());

        ExecutorService threads = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Tag>>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return wx.audience().tags();
                }));
            }
            start.countDown();
            for (Future<List<Tag>> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isNotEmpty();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(sandbox.admin().tokenFetches(sandbox.appId()) - fetches).isEqualTo(1);
    }

    @Test
    void call_afterAnotherHolderForcedARefresh_expiresTheRejectedTokenAndRetriesOnceWithTheNewOne(Sandbox sandbox) {
        WxMass wx = Sdk.client(sandbox);
        AccessToken held = wx.tokens().current();
        AccessToken forced = Sdk.client(sandbox).forceRefreshToken();
        assertThat(forced.value()).isNotEqualTo(held.value());
        long fetches = sandbox.admin().tokenFetches(sandbox.appId());
        long tagCalls = sandbox.admin().requests("/cgi-bin/tags/get");

        List<Tag> tags = wx.audience().tags();

        assertThat(tags).isNotEmpty();
        assertThat(sandbox.admin().tokenFetches(sandbox.appId()) - fetches).isEqualTo(1);
        assertThat(sandbox.admin().requests("/cgi-bin/tags/get") - tagCalls).isEqualTo(2);
        assertThat(wx.tokens().current().value()).isEqualTo(forced.value());
    }
}
