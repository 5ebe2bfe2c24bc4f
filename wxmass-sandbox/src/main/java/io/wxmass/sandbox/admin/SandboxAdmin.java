package io.wxmass.sandbox.admin;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.delivery.DeliveryEngine;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Accounts;
import io.wxmass.sandbox.platform.Counters;
import io.wxmass.sandbox.platform.PreviewLog;
import io.wxmass.sandbox.platform.Tag;
import io.wxmass.sandbox.push.PushAttempt;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.push.PushService;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A Java view of the admin API: look inside the sandbox and change it, in-process. */
public final class SandboxAdmin {
    private final SandboxClock clock;
    private final Accounts accounts;
    private final Counters counters;
    private final DeliveryEngine delivery;
    private final PushService push;
    private final PreviewLog previews;
    private final FaultPlan faults;

    public SandboxAdmin(SandboxClock clock, Accounts accounts, Counters counters, DeliveryEngine delivery,
                        PushService push, PreviewLog previews, FaultPlan faults) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.push = Objects.requireNonNull(push, "push");
        this.previews = Objects.requireNonNull(previews, "previews");
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    public Collection<Account> accounts() {
        return accounts.all();
    }

    /** The account, or a {@link BadRequestException} naming the appId. */
    public Account account(String appId) {
        return accounts.find(appId).orElseThrow(() -> new BadRequestException("appId: no account " + appId));
    }

    public Account createAccount(AccountSpec spec) {
        return accounts.add(AccountSetup.create(spec, clock));
    }

    public Tag createTag(String appId, String name) {
        return account(appId).tags().create(name);
    }

    /** Tags followers (by openid); 40003-style refusal for an openid that does not follow. */
    public void tag(String appId, int tagId, List<String> openIds) {
        Account account = account(appId);
        Tag tag = account.tags().get(tagId).orElseThrow(() -> new BadRequestException("tagId: no tag " + tagId));
        for (String openId : openIds) {
            int index = account.followers().indexOf(openId);
            if (index < 0) {
                throw new BadRequestException("openIds: " + openId + " does not follow " + appId);
            }
            tag.add(index);
        }
    }

    /** Adds followers and returns the index of the first new one. */
    public int addFollowers(String appId, int count) {
        return account(appId).followers().grow(count);
    }

    /** What reached the follower from mass jobs, oldest first. */
    public List<InboxEntry> inbox(String appId, String openId) {
        return delivery.inbox(appId, openId);
    }

    /** Previews the follower received (not mass jobs). */
    public List<PreviewLog.Entry> previews(String appId, String openId) {
        return previews.of(appId, openId);
    }

    public List<MassJob> jobs(String appId) {
        return delivery.jobs(appId);
    }

    public Optional<MassJob> job(String appId, long msgId) {
        return delivery.find(appId, msgId);
    }

    public List<PushAttempt> pushAttempts(String appId) {
        return push.attempts(appId);
    }

    /** Tokens fetched by the app from both token endpoints since start. */
    public long tokenFetches(String appId) {
        return counters.tokenFetches(appId);
    }

    /** Requests answered on one endpoint path since start (every account). */
    public long requests(String path) {
        return counters.requests(path);
    }

    public Map<String, Long> requestsByPath() {
        return counters.requestsByPath();
    }

    public Map<String, Long> tokenFetchesByApp() {
        return counters.tokenFetchesByApp();
    }

    /** The live fault plan; changes apply to the next request. */
    public FaultPlan faults() {
        return faults;
    }

    public SandboxClock clock() {
        return clock;
    }

    public void advanceClock(Duration d) {
        clock.advance(d);
    }

    /** Waits until every job has finished and every push has settled. */
    public boolean awaitIdle(Duration max) throws InterruptedException {
        return delivery.awaitIdle(max);
    }

}
