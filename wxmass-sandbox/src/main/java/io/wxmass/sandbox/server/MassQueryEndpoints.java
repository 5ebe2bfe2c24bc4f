package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.delivery.DeliveryEngine;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.delivery.Speed;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.protection.MassSendProtection;
import io.wxmass.sandbox.rules.DeletionRule;
import io.wxmass.sandbox.rules.Fields;
import io.wxmass.sandbox.rules.MassEndpoint;
import io.wxmass.sandbox.rules.Permissions;
import io.wxmass.sandbox.rules.SpeedSetting;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** mass/get, mass/delete, speed/get and speed/set (spec 1.8-1.11). */
public final class MassQueryEndpoints {
    private final Authenticator auth;
    private final DeliveryEngine delivery;
    private final MassSendProtection protection;
    /** Articles deleted one by one; the job turns DELETE when none is left. */
    private final Map<Long, Set<Integer>> deletedArticles = new ConcurrentHashMap<>();

    public MassQueryEndpoints(Authenticator auth, DeliveryEngine delivery, MassSendProtection protection) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.protection = Objects.requireNonNull(protection, "protection");
    }

    public void register(Router router) {
        router.route("/cgi-bin/message/mass/get", auth.guard(this::status));
        router.route("/cgi-bin/message/mass/delete", auth.guard(this::delete));
        router.route("/cgi-bin/message/mass/speed/get", auth.guard(this::getSpeed));
        router.route("/cgi-bin/message/mass/speed/set", auth.guard(this::setSpeed));
    }

    private PlatformResponse status(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Permissions.check(account, MassEndpoint.GET);
        Fields.optLong(body, "msg_id").ifPresent(id -> protection.checkNotWaiting(account.appId(), id));
        MassJob job = Fields.optLong(body, "msg_id").flatMap(id -> delivery.find(account.appId(), id))
                .orElseThrow(() -> PlatformError.of(40059, "invalid msg id"));
        return PlatformResponse.json(Json.object().put("msg_id", job.msgId()).put("msg_status", job.status().name()));
    }

    private PlatformResponse delete(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Permissions.check(account, MassEndpoint.DELETE);
        Long msgId = Fields.optLong(body, "msg_id").orElse(null);
        MassJob job;
        int articleIdx = 0;
        if (msgId != null) { // msg_id wins over url; article_idx only counts with msg_id
            job = delivery.find(account.appId(), msgId).orElse(null);
            articleIdx = Fields.optLong(body, "article_idx").orElse(0L).intValue();
        } else {
            String url = Fields.optText(body, "url").filter(u -> !u.isBlank()).orElse(null);
            job = url == null ? null : delivery.findByArticleUrl(account.appId(), url).orElse(null);
        }
        synchronized (this) {
            DeletionRule.check(job, articleIdx);
            Set<Integer> gone = deletedArticles.computeIfAbsent(job.msgId(), id -> ConcurrentHashMap.newKeySet());
            if (articleIdx > 0) {
                gone.add(articleIdx);
            }
            if (articleIdx == 0 || gone.size() >= Math.max(1, job.articleCount())) {
                job.markDeleted();
            }
        }
        return PlatformResponse.ok();
    }

    /** POST as documented, GET as some SDKs call it (decision 2). */
    private PlatformResponse getSpeed(PlatformRequest request, Account account) {
        Permissions.check(account, MassEndpoint.SPEED);
        int level = account.speed();
        return PlatformResponse.json(Json.object().put("speed", level).put("realspeed", Speed.realSpeed(level)));
    }

    private PlatformResponse setSpeed(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Permissions.check(account, MassEndpoint.SPEED);
        protection.checkNoneWaitingForSpeed(account.appId());
        account.speed(SpeedSetting.read(body));
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", ""));
    }
}
