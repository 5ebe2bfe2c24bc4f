package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.delivery.CallbackTarget;
import io.wxmass.sandbox.delivery.DeliveryEngine;
import io.wxmass.sandbox.delivery.JobSpec;
import io.wxmass.sandbox.delivery.Verdict;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.platform.PreviewLog;
import io.wxmass.sandbox.platform.SentMessage;
import io.wxmass.sandbox.platform.SentMessages;
import io.wxmass.sandbox.protection.MassSendProtection;
import io.wxmass.sandbox.rules.Audience;
import io.wxmass.sandbox.rules.ContentDigest;
import io.wxmass.sandbox.rules.Fields;
import io.wxmass.sandbox.rules.MassContent;
import io.wxmass.sandbox.rules.MassEndpoint;
import io.wxmass.sandbox.rules.MassRules;
import io.wxmass.sandbox.rules.PayloadRules;
import io.wxmass.sandbox.rules.Permissions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * sendall, send and preview (spec 1.5-1.7). The rules run in the platform's order: token, permission,
 * minute rate, daily calls, payload, audience, media, dedupe, history quota; an accepted send becomes a
 * delivery job.
 */
public final class MassEndpoints {
    private final Authenticator auth;
    private final MassRules rules;
    private final DeliveryEngine delivery;
    private final MassSendProtection protection;
    private final PreviewLog previews;
    private final SentMessages sent;
    private final Clock clock;
    private final BooleanSupplier instant;
    private final AtomicLong msgIds = new AtomicLong(1_000_000_000L);
    private final AtomicLong msgDataIds = new AtomicLong(2_247_483_647L);

    public MassEndpoints(Authenticator auth, MassRules rules, DeliveryEngine delivery, MassSendProtection protection,
                         PreviewLog previews, SentMessages sent, Clock clock, BooleanSupplier instant) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.protection = Objects.requireNonNull(protection, "protection");
        this.previews = Objects.requireNonNull(previews, "previews");
        this.sent = Objects.requireNonNull(sent, "sent");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instant = Objects.requireNonNull(instant, "instant");
    }

    public void register(Router router) {
        router.route("/cgi-bin/message/mass/sendall", auth.guard((r, a) -> send(r, a, MassEndpoint.SENDALL)));
        router.route("/cgi-bin/message/mass/send", auth.guard((r, a) -> send(r, a, MassEndpoint.SEND)));
        router.route("/cgi-bin/message/mass/preview", auth.guard(this::preview));
    }

    private PlatformResponse send(PlatformRequest request, Account account, MassEndpoint endpoint) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Permissions.check(account, endpoint);
        rules.rate().acquire(account.appId());
        rules.daily().acquire(account.appId());
        String clientMsgId = Fields.optText(body, "clientmsgid").orElse(null);
        rules.dedupe().checkLength(clientMsgId);
        MassContent content = PayloadRules.read(body, endpoint);
        Audience audience = rules.audience().resolve(body, endpoint, account);
        synchronized (account) {
            // One accepted send at a time per account, so dedupe and quota checks cannot race their records.
            List<String> articles = PayloadRules.resolveMedia(content, account.media());
            String key = ContentDigest.key(clientMsgId, audience, content);
            rules.dedupe().check(account.appId(), key);
            rules.history().check(account, endpoint, audience.isToAll());
            boolean held = MassSendProtection.applies(account, endpoint, audience.isToAll());
            if (held) {
                protection.checkNoneWaiting(account.appId());
            }
            boolean mpnews = content.msgType().equals("mpnews");
            List<String> texts = mpnews ? articles : List.of(content.text());
            Verdict verdict = rules.reprint().verdict(mpnews ? articles : List.of(),
                    Fields.flag(body, "send_ignore_reprint"), rules.moderation().verdict(texts));
            long msgId = msgIds.incrementAndGet();
            sent.put(account.appId(), msgId, message(content, account));
            JobSpec job = new JobSpec(msgId, account.appId(), account.followers(), audience.recipients(),
                    content.msgType(), audience.isToAll(), mpnews ? articles.size() : 0, account.speed(),
                    instant.getAsBoolean(), verdict, CallbackTarget.of(account));
            if (held) {
                protection.hold(job);
            } else {
                delivery.submit(job);
            }
            rules.dedupe().record(account.appId(), key, msgId);
            rules.history().record(account, endpoint, audience.isToAll());
            if (mpnews && !rules.settings().draftReusable()) {
                content.mediaIds().forEach(account.media()::consumeIfDraft);
            }
            ObjectNode out = Json.object().put("errcode", 0).put("errmsg", "send job submission success").put("msg_id", msgId);
            if (mpnews) {
                out.put("msg_data_id", msgDataIds.incrementAndGet());
            }
            return PlatformResponse.json(out);
        }
    }

    private PlatformResponse preview(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Permissions.check(account, MassEndpoint.PREVIEW);
        rules.rate().acquire(account.appId());
        MassContent content = PayloadRules.read(body, MassEndpoint.PREVIEW);
        PayloadRules.resolveMedia(content, account.media());
        Followers followers = account.followers();
        String wxName = Fields.optText(body, "towxname").filter(s -> !s.isBlank()).orElse(null);
        int index;
        if (wxName != null) { // towxname wins over touser (spec 1.7)
            rules.previewByWxName().acquire(account.appId());
            index = followers.indexOfWxName(wxName);
        } else {
            index = followers.indexOf(Fields.optText(body, "touser").orElse(null));
        }
        if (index < 0) {
            throw PlatformError.of(40003, "invalid openid");
        }
        previews.add(account.appId(), new PreviewLog.Entry(followers.openId(index), content.msgType(), clock.instant(),
                message(content, account)));
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", "preview success"));
    }

    /** The content with each article's fields, from the draft box or the uploadnews store, before a send consumes them. */
    private static SentMessage message(MassContent content, Account account) {
        List<ObjectNode> articles = new ArrayList<>();
        if (content.msgType().equals("mpnews")) {
            for (String mediaId : content.mediaIds()) {
                account.drafts().find(mediaId).ifPresentOrElse(
                        d -> d.articles().forEach(a -> articles.add(a.fields())),
                        () -> articles.addAll(account.media().articleFields(mediaId)));
            }
        }
        return new SentMessage(content.msgType(), articles, content.mediaIds(), content.text());
    }
}
