package io.wxmass.sandbox.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.faults.FaultRule;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.PreviewLog;
import io.wxmass.sandbox.platform.Tag;
import io.wxmass.sandbox.push.PushAttempt;
import io.wxmass.sandbox.server.Json;

import java.util.List;
import java.util.Map;

/** JSON renderings of the sandbox's insides for the admin API. Secrets never appear here. */
final class AdminViews {
    private AdminViews() {
    }

    static ObjectNode account(Account a) {
        ObjectNode n = Json.object().put("appId", a.appId()).put("type", a.type().name().toLowerCase(java.util.Locale.ROOT))
                .put("verified", a.verified()).put("originalId", a.originalId()).put("followers", a.followers().size())
                .put("speed", a.speed()).put("massSendProtection", a.massSendProtection());
        n.put("callbackUrl", a.callback() == null ? null : a.callback().url());
        return n;
    }

    static ObjectNode tag(Tag t) {
        return Json.object().put("id", t.id()).put("name", t.name()).put("count", t.count());
    }

    static ObjectNode job(MassJob j) {
        ObjectNode n = Json.object().put("msgId", j.msgId()).put("status", j.status().name()).put("msgType", j.msgType())
                .put("isToAll", j.isToAll()).put("totalCount", j.totalCount()).put("filterCount", j.filterCount())
                .put("sentCount", j.sentCount()).put("errorCount", j.errorCount()).put("articleCount", j.articleCount())
                .put("createdAt", j.createdAt().toString())
                .put("finishedAt", j.finishedAt() == null ? null : j.finishedAt().toString());
        ArrayNode urls = n.putArray("articleUrls");
        j.articleUrls().forEach(urls::add);
        return n;
    }

    static ObjectNode attempt(PushAttempt a) {
        return Json.object().put("msgId", a.msgId()).put("attempt", a.attempt()).put("at", a.at().toString())
                .put("url", a.url()).put("httpStatus", a.httpStatus()).put("reply", a.replyBody()).put("outcome", a.outcome());
    }

    static ObjectNode inbox(String openId, List<InboxEntry> received, List<PreviewLog.Entry> previews) {
        ObjectNode n = Json.object().put("openid", openId);
        ArrayNode r = n.putArray("received");
        for (InboxEntry e : received) {
            r.addObject().put("msgId", e.msgId()).put("msgType", e.msgType()).put("deliveredAt", e.deliveredAt().toString());
        }
        ArrayNode p = n.putArray("previews");
        for (PreviewLog.Entry e : previews) {
            p.addObject().put("msgType", e.msgType()).put("at", e.at().toString());
        }
        return n;
    }

    static ObjectNode faults(long seed, Map<String, List<FaultRule>> rules) {
        ObjectNode n = Json.object().put("seed", seed);
        ObjectNode byTarget = n.putObject("rules");
        rules.forEach((target, list) -> {
            ArrayNode arr = byTarget.putArray(target);
            for (FaultRule r : list) {
                arr.addObject().put("share", r.share()).put("action", r.action().toString());
            }
        });
        return n;
    }

    static ObjectNode counts(Map<String, Long> counts) {
        ObjectNode n = Json.object();
        counts.forEach(n::put);
        return n;
    }

    static <T> ArrayNode list(List<T> items, java.util.function.Function<T, ObjectNode> render) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        items.forEach(i -> arr.add(render.apply(i)));
        return arr;
    }
}
