package io.wxmass.bench.versus;

import io.wxmass.core.WxMass;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.mp.api.WxMpService;

/**
 * Section 3: 64 threads make their first authenticated call (mass/get) at the same instant, on a fresh
 * client and again after the sandbox clock has moved past the token's 7,200 s life. The figure is the
 * token fetches the sandbox counted for the SDK's account (both token endpoints) in each burst.
 *
 * <p>wxmass reads the sandbox clock, so it sees the expiry itself. WxJava cannot take a clock: after the
 * move its cached token looks valid to it and the sandbox answers 42001, which it handles by expiring and
 * refetching; a third burst also expires its cache first ({@code expireAccessToken()}), i.e. its own
 * clock reaching the expiry at the same moment.
 */
final class TokenContention {
    static final int THREADS = 64;
    static final Duration PAST_EXPIRY = Duration.ofSeconds(7201);

    record Row(String sdk, String moment, long fetches, int failedCalls) {
    }

    private TokenContention() {
    }

    static List<Row> run(Sandbox sandbox, Accounts accounts, long wxmassMsgId, long wxJavaMsgId)
            throws InterruptedException {
        List<Row> rows = new ArrayList<>();
        WxMass wx = Sdks.wxmassUnshared(sandbox.baseUrl(), accounts.wxmassAppId(), accounts.wxmassSecret(), sandbox.clock());
        WxMpService wj = Sdks.wxJava(sandbox.baseUrl(), accounts.wxJavaAppId(), accounts.wxJavaSecret(),
                IngestFixture.TOKEN, IngestFixture.AES_KEY);
        StatusLoad.Call wxCall = () -> wx.mass().status(wxmassMsgId);
        StatusLoad.Call wjCall = () -> wj.getMassMessageService().messageMassGet(wxJavaMsgId);

        rows.add(burst(sandbox, "wxmass", "fresh client", accounts.wxmassAppId(), wxCall));
        rows.add(burst(sandbox, "WxJava", "fresh client", accounts.wxJavaAppId(), wjCall));
        sandbox.admin().advanceClock(PAST_EXPIRY);
        rows.add(burst(sandbox, "wxmass", "clock moved past expiry", accounts.wxmassAppId(), wxCall));
        rows.add(burst(sandbox, "WxJava", "clock moved past expiry (token rejected, 42001)", accounts.wxJavaAppId(),
                wjCall));
        sandbox.admin().advanceClock(PAST_EXPIRY);
        wj.getWxMpConfigStorage().expireAccessToken();
        rows.add(burst(sandbox, "WxJava", "clock moved past expiry, local cache expired too",
                accounts.wxJavaAppId(), wjCall));
        return rows;
    }

    private static Row burst(Sandbox sandbox, String sdk, String moment, String appId, StatusLoad.Call call)
            throws InterruptedException {
        long before = sandbox.admin().tokenFetches(appId);
        int failed = Burst.run(THREADS, call);
        return new Row(sdk, moment, sandbox.admin().tokenFetches(appId) - before, failed);
    }
}
