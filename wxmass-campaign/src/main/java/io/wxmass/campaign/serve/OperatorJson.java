package io.wxmass.campaign.serve;

import io.wxmass.campaign.AuditEntry;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchEvidence;
import io.wxmass.campaign.BatchLine;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of what the operator verbs answer, shared by the REST API and the CLI's --json output. */
public final class OperatorJson {
    private OperatorJson() {
    }

    public static Map<String, Object> line(BatchLine b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batch", b.batchNo());
        json.put("state", b.state().name());
        json.put("recipients", b.recipients());
        json.put("msgId", b.msgId().isPresent() ? b.msgId().getAsLong() : null);
        json.put("errcode", b.errorCode().isPresent() ? b.errorCode().getAsInt() : null);
        json.put("attempts", b.attempts());
        json.put("notBefore", b.notBefore().map(Object::toString).orElse(null));
        json.put("settledBy", b.settledBy().orElse(null));
        return json;
    }

    public static Map<String, Object> evidence(BatchEvidence e) {
        Batch b = e.batch();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("batch", b.key().batchNo());
        json.put("state", b.state().name());
        json.put("clientMsgId", b.clientMsgId());
        json.put("attempts", b.attempts());
        json.put("firstAttemptAt", b.firstAttemptAt().map(Object::toString).orElse(null));
        json.put("msgId", b.msgId().isPresent() ? b.msgId().getAsLong() : null);
        json.put("errcode", b.errorCode().isPresent() ? b.errorCode().getAsInt() : null);
        json.put("lastError", b.errorMessage().orElse(null));
        json.put("settledBy", b.settledBy().orElse(null));
        json.put("attemptLog", e.attempts().stream().map(a -> {
            Map<String, Object> attempt = new LinkedHashMap<>();
            attempt.put("attempt", a.attemptNo());
            attempt.put("at", a.at().toString());
            attempt.put("worker", a.worker());
            attempt.put("outcome", a.outcome().name());
            attempt.put("answer", a.answer());
            return attempt;
        }).toList());
        json.put("platformStatus", e.platformStatus().map(s -> s.rawStatus()).orElse(null));
        json.put("platformStatusError", e.statusError().orElse(null));
        return json;
    }

    public static Map<String, Object> audit(AuditEntry a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", a.at().toString());
        json.put("actor", a.actor());
        json.put("action", a.action());
        json.put("campaignId", a.campaignId());
        json.put("batch", a.batchNo().isPresent() ? a.batchNo().getAsInt() : null);
        json.put("detail", a.detail().orElse(null));
        return json;
    }
}
