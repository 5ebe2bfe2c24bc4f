package io.wxmass.campaign.testing;

import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.run.WorkerSettings;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.Dialect;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Sleeper;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A real sandbox with a callback endpoint, a campaign database and a {@link CampaignService} on
 * one moved-by-hand clock: the sandbox's. Sleeping advances it, so waits cost no real time.
 */
public final class SandboxRig implements AutoCloseable {
    public static final String APP_ID = "wxcampaigntest0001";
    public static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    public static final Duration LEASE = Duration.ofSeconds(30);
    public static final Duration EVENT_TIMEOUT = Duration.ofMinutes(10);

    public final SandboxClock clock = SandboxClock.fixed(T0);
    public final Sleeper sleeper = clock::advance;
    public final CallbackReceiver receiver;
    public final Sandbox sandbox;
    public final Database db;
    public final WxMass wx;
    public final CampaignService service;

    public SandboxRig(Path folder, int followers, FaultPlan faults) throws IOException {
        receiver = SafeCallback.refusingUntilListened();
        sandbox = Sandbox.builder().appId(APP_ID).followers(followers).instant(true).clock(clock).faults(faults)
                .callback(receiver.url(), SafeCallback.TOKEN, SafeCallback.AES_KEY, "safe").start();
        db = TestDatabases.fresh(Dialect.SQLITE, folder);
        wx = WxMass.create(WxMassConfig.builder().baseUrl(sandbox.baseUrl()).appId(sandbox.appId())
                .appSecret(sandbox.appSecret()).clock(clock).sleeper(sleeper).build());
        service = CampaignService.builder(db, wx).clock(clock).sleeper(sleeper)
                .workerSettings(WorkerSettings.DEFAULTS.withLease(LEASE)).eventTimeout(EVENT_TIMEOUT).build();
        SafeCallback.listen(receiver, APP_ID, clock, service.reconciler().listener());
    }

    public String follower(int index) {
        return sandbox.account().followers().openId(index);
    }

    public List<String> followers(int from, int to) {
        return java.util.stream.IntStream.range(from, to).mapToObj(this::follower).toList();
    }

    /** How many copies of the jobs {@code msgIds} reached the follower. */
    public long copies(String openId, Set<Long> msgIds) {
        List<InboxEntry> inbox = sandbox.admin().inbox(APP_ID, openId);
        return inbox.stream().filter(e -> msgIds.contains(e.msgId())).count();
    }

    public void awaitIdle() throws InterruptedException {
        if (!sandbox.admin().awaitIdle(Duration.ofSeconds(30))) {
            throw new AssertionError("sandbox did not settle its jobs and pushes within 30 s");
        }
    }

    public Set<Long> msgIds(String campaignId) {
        return Set.copyOf(service.batches(campaignId).stream()
                .filter(b -> b.msgId().isPresent() && b.state() != BatchState.PLANNED)
                .map(b -> b.msgId().getAsLong()).toList());
    }

    @Override
    public void close() {
        sandbox.close();
        receiver.close();
    }
}
