package io.wxmass.sample;

import io.wxmass.core.WxMass;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SendController {
    private final WxMass wx;
    private final JobLog jobs;

    SendController(WxMass wx, JobLog jobs) {
        this.wx = wx;
        this.jobs = jobs;
    }

    /** One text to every follower; the clientmsgid makes a retried request of the same id send nothing twice. */
    @PostMapping("/send")
    Map<String, Object> send(@RequestParam String text, @RequestParam(required = false) String clientMsgId) {
        SendOptions options = clientMsgId == null ? SendOptions.generated() : SendOptions.withClientMsgId(clientMsgId);
        SendReceipt receipt = wx.mass().send(MassMessage.text(text), Audience.allFollowers(), options);
        return Map.of("msgId", receipt.msgId(), "clientMsgId", receipt.clientMsgId(), "duplicate", receipt.duplicate());
    }

    @GetMapping("/jobs")
    List<Map<String, Object>> jobs() {
        return jobs.finished().stream().map(SendController::view).toList();
    }

    private static Map<String, Object> view(MassSendJobFinished job) {
        return Map.of("msgId", job.msgId(), "status", job.status().toString(), "sentCount", job.sentCount(),
                "errorCount", job.errorCount());
    }
}
