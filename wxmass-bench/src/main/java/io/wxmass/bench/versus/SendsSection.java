package io.wxmass.bench.versus;

import io.wxmass.core.WxMass;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;

/**
 * Section 4, each SDK used as its documentation shows: wxmass {@code mass().send(message, audience,
 * SendOptions.generated())} (a clientmsgid per intended send, re-posted unchanged after -1); WxJava
 * {@code massOpenIdsMessageSend(message)} with its default -1 retry (5 retries, 1 s x 2^n, no clientmsgid,
 * which its docs leave optional). Send n carries the text "Spring sale #n" to follower pair n.
 */
final class SendsSection {
    static final double SHARE = 0.10;

    private SendsSection() {
    }

    static List<FaultySends.Row> run(Sandbox sandbox, Accounts accounts) throws Exception {
        List<FaultySends.Row> rows = new ArrayList<>();
        String rejected = "-1 to 10% of send requests, before the platform accepts them";
        sandbox.admin().faults().reset(Accounts.FAULT_SEED)
                .systemError(FaultySends.SEND_PATH, SHARE).systemError("/cgi-bin/message/mass/sendall", SHARE);
        rows.add(FaultySends.run(sandbox, "wxmass", rejected, accounts.wxmassAppId(),
                wxmassSender(sandbox, sandbox.baseUrl(), accounts, "a")));
        rows.add(FaultySends.run(sandbox, "WxJava", rejected, accounts.wxJavaAppId(),
                wxJavaSender(sandbox, sandbox.baseUrl(), accounts, "a")));
        sandbox.admin().faults().reset(Accounts.FAULT_SEED);

        String lost = "-1 to 10% of send requests, after the platform accepted them (answer lost)";
        try (AnswerLossProxy proxy = AnswerLossProxy.start(sandbox.baseUri(), FaultySends.SEND_PATH, SHARE,
                Accounts.FAULT_SEED)) {
            rows.add(FaultySends.run(sandbox, "wxmass", lost, accounts.wxmassAppId(),
                    wxmassSender(sandbox, proxy.baseUrl(), accounts, "b")));
            rows.add(FaultySends.run(sandbox, "WxJava", lost, accounts.wxJavaAppId(),
                    wxJavaSender(sandbox, proxy.baseUrl(), accounts, "b")));
        }
        return rows;
    }

    private static FaultySends.Sender wxmassSender(Sandbox sandbox, String baseUrl, Accounts accounts, String run) {
        WxMass wx = Sdks.wxmass(baseUrl, accounts.wxmassAppId(), accounts.wxmassSecret(), Clock.systemUTC());
        return i -> wx.mass().send(MassMessage.text(content(run, i)),
                Audience.openIds(Accounts.pair(sandbox, accounts.wxmassAppId(), i)), SendOptions.generated()).msgId();
    }

    private static FaultySends.Sender wxJavaSender(Sandbox sandbox, String baseUrl, Accounts accounts, String run) {
        WxMpService wj = Sdks.wxJava(baseUrl, accounts.wxJavaAppId(), accounts.wxJavaSecret(), IngestFixture.TOKEN,
                IngestFixture.AES_KEY);
        return i -> {
            WxMpMassOpenIdsMessage message = new WxMpMassOpenIdsMessage();
            message.setMsgType("text");
            message.setContent(content(run, i));
            message.setToUsers(Accounts.pair(sandbox, accounts.wxJavaAppId(), i));
            return Long.parseLong(wj.getMassMessageService().massOpenIdsMessageSend(message).getMsgId());
        };
    }

    private static String content(String run, int i) {
        return "Spring sale " + run + "#" + i + " 春季新品";
    }
}
