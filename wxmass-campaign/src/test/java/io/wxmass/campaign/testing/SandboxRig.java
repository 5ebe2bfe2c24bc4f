package io.wxmass.campaign.testing;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.run.WorkerSettings;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.Dialect;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Sleeper;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.config.RuleSettings;
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

    public final SandboxClock clock;
    public final Sleeper sleeper;
    public final CallbackReceiver receiver;
    public final Sandbox sandbox;
    public final Database db;
    public final WxMass wx;
    public final CampaignService service;

    public SandboxRig(Path folder, int followers, FaultPlan faults) throws IOException {
        this(folder, followers, faults, new Options());
    }

    /** What a test may change: the sandbox's rules and clock start, the client's timeout, the store's engine, the batch size, a hook on every SDK wait. */
    public static final class Options {
        RuleSettings rules = RuleSettings.defaults();
        Instant start = T0;
        Duration requestTimeout = Duration.ofSeconds(30);
        int batchSize = io.wxmass.core.message.Audience.OpenIds.MAX;
        Runnable beforeEachWait = () -> { };
        Dialect dialect = Dialect.SQLITE;

        public Options rules(RuleSettings rules) {
            this.rules = rules;
            return this;
        }

        public Options start(Instant start) {
            this.start = start;
            return this;
        }

        public Options requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** The store's engine: a SQLite file (the default) or a fresh database on the embedded PostgreSQL. */
        public Options dialect(Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        public Options batchSize(int size) {
            this.batchSize = size;
            return this;
        }

        /** Runs as the SDK starts a wait (a retry backoff, the 45066 window): e.g. to change the faults meanwhile. */
        public Options beforeEachWait(Runnable hook) {
            this.beforeEachWait = hook;
            return this;
        }
    }

    public SandboxRig(Path folder, int followers, FaultPlan faults, Options options) throws IOException {
        clock = SandboxClock.fixed(options.start);
        sleeper = d -> {
            options.beforeEachWait.run();
            clock.advance(d);
        };
        receiver = SafeCallback.refusingUntilListened();
        sandbox = Sandbox.builder().appId(APP_ID).followers(followers).instant(true).clock(clock).faults(faults)
                .rules(options.rules)
                .callback(receiver.url(), SafeCallback.TOKEN, SafeCallback.AES_KEY, "safe").start();
        db = TestDatabases.fresh(options.dialect, folder);
        wx = WxMass.create(WxMassConfig.builder().baseUrl(sandbox.baseUrl()).appId(sandbox.appId())
                .appSecret(sandbox.appSecret()).clock(clock).sleeper(sleeper).requestTimeout(options.requestTimeout).build());
        service = CampaignService.builder(db, wx).clock(clock).sleeper(sleeper).batchSize(options.batchSize)
                .workerSettings(WorkerSettings.DEFAULTS.withLease(LEASE)).eventTimeout(EVENT_TIMEOUT).build();
        SafeCallback.listen(receiver, APP_ID, clock, service.reconciler().listener());
    }

    /** A planned text campaign to these openids. */
    public Campaign plannedText(String text, List<String> openIds) {
        // List batches always: with the auto strategy a list the day's quota cannot carry would go by temporary tag.
        Campaign c = service.create(CampaignSpec.builder("c", MassMessage.text(text), AudienceSpec.openIds(openIds))
                .strategy(DeliveryStrategy.LIST).build());
        service.approve(c.id(), Fixtures.APPROVER);
        return c;
    }

    /**
     * A worker claims the campaign's first due batch, commits SENDING, posts it (the platform accepts) and dies
     * before it hears the answer; the clock then moves past its lease. Returns the batch and the job it created.
     */
    public LostAttempt sendAndDie(String campaignId, String text) {
        BatchStore batches = new BatchStore(db, APP_ID);
        Batch batch = batches.claim(campaignId, "died", clock.instant(), LEASE).orElseThrow();
        batches.markSending(batch.key(), "died", clock.instant());
        SendReceipt lost = wx.mass().send(MassMessage.text(text), Audience.openIds(batches.openIds(batch.key())),
                SendOptions.withClientMsgId(batch.clientMsgId()));
        clock.advance(LEASE);
        return new LostAttempt(batch, lost);
    }

    /** What {@link #sendAndDie} left behind. */
    public record LostAttempt(Batch batch, SendReceipt receipt) {
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
