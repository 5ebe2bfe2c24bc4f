package io.wxmass.sandbox.publish;

import io.wxmass.sandbox.delivery.CallbackTarget;
import io.wxmass.sandbox.draft.Draft;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Accounts;
import io.wxmass.sandbox.push.PushService;
import io.wxmass.sandbox.rules.Moderation;
import io.wxmass.sandbox.rules.ReprintCheck;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishing (docs/platform.md §8): a submitted draft publishes for {@link #PUBLISH_TIME} of the sandbox
 * clock, then ends as the content rules decided at submission (the configured review words: REJECTED;
 * a reprint whose original forbids it: ORIGINALITY_FAILED; else SUCCESS), and PUBLISHJOBFINISH goes to
 * the account's callback. A success takes the draft out of the box. Publishing reaches no follower's
 * inbox: it only makes permanent article URLs.
 */
public final class Publisher {
    /** How long a publish takes on the sandbox clock: long enough to be seen PUBLISHING. */
    public static final Duration PUBLISH_TIME = Duration.ofSeconds(5);

    private final Clock clock;
    private final Accounts accounts;
    private final PushService push;
    private final Moderation moderation;
    private final ReprintCheck reprints;
    private final Map<String, Map<Long, Publication>> byApp = new ConcurrentHashMap<>();
    private final AtomicLong publishIds = new AtomicLong(2_247_503_050L);
    private final AtomicLong msgDataIds = new AtomicLong(3_247_483_647L);

    public Publisher(Clock clock, Accounts accounts, PushService push, Moderation moderation, ReprintCheck reprints) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.push = Objects.requireNonNull(push, "push");
        this.moderation = Objects.requireNonNull(moderation, "moderation");
        this.reprints = Objects.requireNonNull(reprints, "reprints");
    }

    /** Accepts the draft for publishing; the outcome shows after {@link #PUBLISH_TIME}. */
    public Publication submit(Account account, Draft draft) {
        List<Integer> rejected = new ArrayList<>();
        List<Integer> claimed = new ArrayList<>();
        for (int i = 0; i < draft.articles().size(); i++) {
            List<String> text = List.of(draft.articles().get(i).text());
            if (moderation.verdict(text).isPresent()) {
                rejected.add(i + 1);
            } else if (reprints.verdict(text, false, Optional.empty()).checkState() == 3) {
                claimed.add(i + 1);
            }
        }
        PublishStatus outcome = !rejected.isEmpty() ? PublishStatus.REJECTED
                : !claimed.isEmpty() ? PublishStatus.ORIGINALITY_FAILED : PublishStatus.SUCCESS;
        Instant now = clock.instant();
        Publication p = new Publication(publishIds.incrementAndGet(), msgDataIds.incrementAndGet(), account.appId(),
                draft, now, now.plus(PUBLISH_TIME), outcome, !rejected.isEmpty() ? rejected : claimed,
                CallbackTarget.of(account));
        byApp.computeIfAbsent(account.appId(), a -> new ConcurrentHashMap<>()).put(p.publishId(), p);
        return p;
    }

    public Optional<Publication> find(String appId, long publishId) {
        Map<Long, Publication> all = byApp.get(appId);
        return Optional.ofNullable(all == null ? null : all.get(publishId));
    }

    /** The published task an article_id belongs to. */
    public Optional<Publication> byArticleId(String appId, String articleId) {
        return all(appId).stream().filter(p -> articleId != null && articleId.equals(p.articleId())).findFirst();
    }

    /** The account's tasks, oldest first. */
    public List<Publication> all(String appId) {
        Map<Long, Publication> all = byApp.get(appId);
        if (all == null) {
            return List.of();
        }
        List<Publication> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing(Publication::submittedAt).thenComparingLong(Publication::publishId));
        return list;
    }

    /** Deletes article {@code idx} (1-based; 0 = all) of a published task. */
    public void delete(Publication p, int idx) {
        p.delete(idx);
    }

    /** The platform bans every article of a published task (admin API): status 6. */
    public void ban(Publication p) {
        p.ban();
    }

    /** The platform fails a task still publishing (admin API): status 3, pushed at once; false if it had ended. */
    public synchronized boolean fail(Publication p) {
        if (!p.failNow(clock.instant())) {
            return false;
        }
        ended(p);
        return true;
    }

    /**
     * Ends every task whose time has come and starts its push (the ticker calls this). Synchronized with
     * {@link #hasDue()} so a task is never seen ended before its push counts as in flight.
     */
    public synchronized void settleDue() {
        Instant now = clock.instant();
        for (Map<Long, Publication> all : byApp.values()) {
            for (Publication p : all.values()) {
                if (!now.isBefore(p.dueAt()) && p.finish(now)) {
                    ended(p);
                }
            }
        }
    }

    /** Whether every task due by the sandbox clock has ended and its push settled (tests and tools). */
    public boolean awaitSettled(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (hasDue() || push.inFlight() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private synchronized boolean hasDue() {
        Instant now = clock.instant();
        return byApp.values().stream().flatMap(m -> m.values().stream())
                .anyMatch(p -> p.status() == PublishStatus.PUBLISHING && !now.isBefore(p.dueAt()));
    }

    private void ended(Publication p) {
        Optional<Account> account = accounts.find(p.appId());
        if (p.status() == PublishStatus.SUCCESS) {
            account.ifPresent(a -> a.drafts().remove(p.draft().mediaId()));
        }
        if (p.callback() != null && account.isPresent()) {
            // Like MASSSENDJOBFINISH, FromUserName is an openid of the account (D9).
            String from = account.get().followers().size() > 0 ? account.get().followers().openId(0) : "mphelper";
            push.push(p.appId(), p.publishId(), p.callback(), createTime -> p.event(from, createTime));
        }
    }
}
