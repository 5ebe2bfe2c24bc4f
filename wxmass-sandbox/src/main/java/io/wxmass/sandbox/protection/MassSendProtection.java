package io.wxmass.sandbox.protection;

import io.wxmass.sandbox.delivery.DeliveryEngine;
import io.wxmass.sandbox.delivery.JobSpec;
import io.wxmass.sandbox.delivery.Verdict;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.rules.MassEndpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API 群发保护 (docs/platform.md §9, D21): with an account's switch on, a sendall to all followers is
 * accepted (msg_id as usual) but held until an admin confirms it (then it is delivered) or rejects it
 * (SEND_FAIL, pushed as {@code err(40001)}); with no decision within {@link #WINDOW} of the sandbox clock it
 * ends SEND_FAIL with a {@code send fail} push. While it waits, mass/get of it and speed/set answer 89504,
 * and another send to all answers 89501.
 */
public final class MassSendProtection {
    public static final Duration WINDOW = Duration.ofMinutes(30);
    /** MASSSENDJOBFINISH Status err(40001): the admin refused the send. */
    public static final int REJECTED_STATUS = 40001;

    private final Clock clock;
    private final DeliveryEngine delivery;
    private final Map<String, Map<Long, HeldSend>> byApp = new ConcurrentHashMap<>();

    public MassSendProtection(Clock clock, DeliveryEngine delivery) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** 89501 while an earlier send of the account still waits for its admin. */
    public void checkNoneWaiting(String appId) {
        if (!waiting(appId).isEmpty()) {
            throw PlatformError.withText(89501, "公众号有未处理的确认请求，请稍候重试");
        }
    }

    /** Holds an accepted send until an admin decides or the window closes. */
    public synchronized HeldSend hold(JobSpec spec) {
        Instant now = clock.instant();
        HeldSend held = new HeldSend(spec, now, now.plus(WINDOW));
        byApp.computeIfAbsent(spec.appId(), a -> new ConcurrentHashMap<>()).put(spec.msgId(), held);
        return held;
    }

    /** 89504 when the msg_id is a send still waiting for its admin (mass/get). */
    public void checkNotWaiting(String appId, long msgId) {
        if (find(appId, msgId).isPresent()) {
            throw waitingError();
        }
    }

    /** 89504 on speed/set while a send of the account waits: its speed is part of what the admin confirms. */
    public void checkNoneWaitingForSpeed(String appId) {
        if (!waiting(appId).isEmpty()) {
            throw waitingError();
        }
    }

    public Optional<HeldSend> find(String appId, long msgId) {
        Map<Long, HeldSend> held = byApp.get(appId);
        return Optional.ofNullable(held == null ? null : held.get(msgId));
    }

    /** The account's waiting sends, oldest first. */
    public List<HeldSend> waiting(String appId) {
        Map<Long, HeldSend> held = byApp.get(appId);
        if (held == null) {
            return List.of();
        }
        List<HeldSend> list = new ArrayList<>(held.values());
        list.sort(Comparator.comparing(HeldSend::heldAt).thenComparingLong(HeldSend::msgId));
        return list;
    }

    /** Whether a send waits for an admin: the account has the switch on and the send goes to all followers. */
    public static boolean applies(Account account, MassEndpoint endpoint, boolean isToAll) {
        return account.massSendProtection() && endpoint == MassEndpoint.SENDALL && isToAll;
    }

    /**
     * The admin confirms: the send is delivered from now on. False when {@code msgId} is no send waiting
     * (unknown, decided, or past its 30 minutes).
     */
    public synchronized boolean confirm(String appId, long msgId) {
        Optional<HeldSend> h = take(appId, msgId);
        h.ifPresent(held -> delivery.submit(held.spec()));
        return h.isPresent();
    }

    /** The admin refuses: SEND_FAIL, pushed as err(40001). False as for {@link #confirm}. */
    public synchronized boolean reject(String appId, long msgId) {
        Optional<HeldSend> h = take(appId, msgId);
        h.ifPresent(held -> {
            JobSpec s = held.spec();
            delivery.submit(new JobSpec(s.msgId(), s.appId(), s.followers(), s.recipients(), s.msgType(), s.isToAll(),
                    s.articleCount(), s.speed(), s.instant(), Verdict.refused(REJECTED_STATUS, 1, List.of()),
                    s.callback()));
        });
        return h.isPresent();
    }

    /** Ends every send whose window has closed (the ticker calls this). */
    public synchronized void settleDue() {
        Instant now = clock.instant();
        for (Map<Long, HeldSend> held : byApp.values()) {
            for (HeldSend h : List.copyOf(held.values())) {
                if (!now.isBefore(h.deadline()) && held.remove(h.msgId(), h)) {
                    delivery.submitFailed(h.spec());
                }
            }
        }
    }

    private static PlatformError waitingError() {
        return PlatformError.withText(89504, "正在等管理员确认，请耐心等待");
    }

    /** A decision after the deadline comes too late: the send has failed (or fails now). */
    private Optional<HeldSend> take(String appId, long msgId) {
        settleDue();
        Map<Long, HeldSend> held = byApp.get(appId);
        return Optional.ofNullable(held == null ? null : held.remove(msgId));
    }
}
