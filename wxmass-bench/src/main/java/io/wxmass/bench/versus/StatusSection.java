package io.wxmass.bench.versus;

import io.wxmass.core.WxMass;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;

/**
 * Section 2: mass/get for one existing job, closed loop, 1 and 16 callers sharing one client per SDK.
 * Two rounds, the SDKs alternating within each, so that load from elsewhere on the machine hits both.
 */
final class StatusSection {
    static final int[] CALLERS = {1, 16};
    static final int ROUNDS = 2;
    static final Duration WARMUP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(6);

    record Row(int round, int callers, LoadResult wxmass, LoadResult wxJava) {
        double throughputRatio() {
            return wxmass.perSecond() / wxJava.perSecond();
        }
    }

    record Result(long wxmassMsgId, long wxJavaMsgId, List<Row> rows) {
        /** Calls per second over all rounds at {@code callers}, wxmass over WxJava. */
        double ratioAt(int callers) {
            double wx = 0;
            double wj = 0;
            for (Row r : rows) {
                if (r.callers == callers) {
                    wx += r.wxmass.perSecond();
                    wj += r.wxJava.perSecond();
                }
            }
            return wx / wj;
        }
    }

    private StatusSection() {
    }

    static Result run(Sandbox sandbox, Accounts accounts) throws Exception {
        WxMass wx = Sdks.wxmass(sandbox.baseUrl(), accounts.wxmassAppId(), accounts.wxmassSecret(), Clock.systemUTC());
        WxMpService wj = Sdks.wxJava(sandbox.baseUrl(), accounts.wxJavaAppId(), accounts.wxJavaSecret(),
                IngestFixture.TOKEN, IngestFixture.AES_KEY);
        long wxMsgId = wx.mass().send(MassMessage.text("status probe"),
                Audience.openIds(Accounts.pair(sandbox, accounts.wxmassAppId(), 0)), SendOptions.generated()).msgId();
        WxMpMassOpenIdsMessage probe = new WxMpMassOpenIdsMessage();
        probe.setMsgType("text");
        probe.setContent("status probe");
        probe.setToUsers(Accounts.pair(sandbox, accounts.wxJavaAppId(), 0));
        long wjMsgId = Long.parseLong(wj.getMassMessageService().massOpenIdsMessageSend(probe).getMsgId());
        // Both must read the job before any figure counts.
        String wxStatus = wx.mass().status(wxMsgId).rawStatus();
        String wjStatus = wj.getMassMessageService().messageMassGet(wjMsgId).getMsgstatus();
        if (wxStatus == null || wjStatus == null) {
            throw new IllegalStateException("mass/get did not answer a status");
        }
        List<Row> rows = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (int callers : CALLERS) {
                LoadResult a = StatusLoad.run(callers, WARMUP, MEASURE, () -> wx.mass().status(wxMsgId));
                LoadResult b = StatusLoad.run(callers, WARMUP, MEASURE,
                        () -> wj.getMassMessageService().messageMassGet(wjMsgId));
                rows.add(new Row(round, callers, a, b));
            }
        }
        return new Result(wxMsgId, wjMsgId, rows);
    }
}
