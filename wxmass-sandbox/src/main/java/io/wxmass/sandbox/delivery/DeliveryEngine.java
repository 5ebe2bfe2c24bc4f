package io.wxmass.sandbox.delivery;

import io.wxmass.core.internal.DaemonThreads;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.push.PushService;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns accepted sends into jobs and delivers them: at the account's speed as read from the sandbox
 * clock (so moving the clock delivers the minutes it skipped), or at once for instant jobs. Each
 * recipient gets one copy unless the monthly cap filters it; a finished job is pushed to its callback.
 *
 * <p>Delivery runs on one background thread ticking every {@link #DEFAULT_TICK}; with a null tick
 * nothing runs by itself and {@link #deliverDue()} drives it (tests).
 */
public final class DeliveryEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
    public static final Duration DEFAULT_TICK = Duration.ofMillis(20);

    private final SandboxClock clock;
    private final PushService push;
    private final Map<String, Map<Long, MassJob>> byApp = new ConcurrentHashMap<>();
    private final Queue<MassJob> active = new ConcurrentLinkedQueue<>();
    private final ReentrantLock delivering = new ReentrantLock();
    private final ScheduledExecutorService ticker;

    public DeliveryEngine(SandboxClock clock, PushService push) {
        this(clock, push, DEFAULT_TICK);
    }

    /** @param tick how often due recipients are delivered; null = only when {@link #deliverDue()} is called */
    public DeliveryEngine(SandboxClock clock, PushService push, Duration tick) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.push = Objects.requireNonNull(push, "push");
        if (tick == null) {
            this.ticker = null;
        } else {
            this.ticker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("sandbox-delivery"));
            long nanos = tick.toNanos();
            ticker.scheduleWithFixedDelay(this::deliverDue, nanos, nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Registers the job (SENDING) and returns at once; delivery happens on the delivery thread. */
    public MassJob submit(JobSpec spec) {
        Objects.requireNonNull(spec, "spec");
        MassJob job = new MassJob(spec, clock.instant());
        Map<Long, MassJob> jobs = byApp.computeIfAbsent(spec.appId(), a -> new ConcurrentHashMap<>());
        if (jobs.putIfAbsent(spec.msgId(), job) != null) {
            throw new IllegalArgumentException("msgId " + spec.msgId() + " already exists for " + spec.appId());
        }
        active.add(job);
        return job;
    }

    /**
     * Registers the job and ends it at once as {@code send fail} with nothing delivered, pushing the event
     * (a send whose admin confirmation never came).
     */
    public MassJob submitFailed(JobSpec spec) {
        MassJob job = submit(spec);
        delivering.lock();
        try {
            active.remove(job);
            job.fail(clock.instant());
            pushFinished(job);
        } finally {
            delivering.unlock();
        }
        return job;
    }

    public Optional<MassJob> find(String appId, long msgId) {
        Map<Long, MassJob> jobs = byApp.get(Objects.requireNonNull(appId, "appId"));
        return Optional.ofNullable(jobs == null ? null : jobs.get(msgId));
    }

    /** The account's jobs, oldest first. */
    public List<MassJob> jobs(String appId) {
        Map<Long, MassJob> jobs = byApp.get(Objects.requireNonNull(appId, "appId"));
        if (jobs == null) {
            return List.of();
        }
        List<MassJob> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparing(MassJob::createdAt).thenComparingLong(MassJob::msgId));
        return list;
    }

    /** The job whose mpnews article has {@code url} (mass/delete by url), if any. */
    public Optional<MassJob> findByArticleUrl(String appId, String url) {
        Objects.requireNonNull(url, "url");
        return jobs(appId).stream().filter(j -> j.articleUrls().contains(url)).findFirst();
    }

    /**
     * What reached {@code openId} from the account's mass jobs, oldest first. Derived from the jobs'
     * delivery logs: the sandbox keeps no per-recipient objects.
     */
    public List<InboxEntry> inbox(String appId, String openId) {
        Objects.requireNonNull(openId, "openId");
        List<InboxEntry> entries = new ArrayList<>();
        for (MassJob job : jobs(appId)) {
            int index = job.spec().followers().indexOf(openId);
            Instant at = index < 0 ? null : job.deliveredAt(index);
            if (at != null) {
                entries.add(new InboxEntry(job.msgId(), job.msgType(), at));
            }
        }
        entries.sort(Comparator.comparing(InboxEntry::deliveredAt).thenComparingLong(InboxEntry::msgId));
        return entries;
    }

    /** Delivers whatever is due by the sandbox clock now, finishes and pushes completed jobs. */
    public void deliverDue() {
        delivering.lock();
        try {
            for (MassJob job : active) {
                try {
                    advance(job);
                } catch (RuntimeException e) {
                    // One broken job must not stall the others, nor stay SENDING for ever.
                    log.error("delivery of job {} of {} failed; ending it as send fail", job.msgId(), job.appId(), e);
                    job.fail(clock.instant());
                    pushFinished(job);
                    active.remove(job);
                }
            }
        } finally {
            delivering.unlock();
        }
    }

    private void advance(MassJob job) {
        Instant now = clock.instant();
        JobSpec spec = job.spec();
        if (job.sending() && spec.verdict().delivers()) {
            int target = due(spec, job.createdAt(), now);
            if (target > job.processed()) {
                job.deliverUpTo(target, YearMonth.now(clock), now);
            }
            if (job.processed() < spec.recipients().size()) {
                return;
            }
        }
        job.finish(now);
        pushFinished(job);
        active.remove(job);
    }

    private void pushFinished(MassJob job) {
        if (job.callback() != null) {
            push.push(job, fromUserName(job.spec()));
        }
    }

    /** How many recipients should have been handled by {@code now}: all for instant, else speed × elapsed. */
    static int due(JobSpec spec, Instant start, Instant now) {
        int total = spec.recipients().size();
        if (spec.instant()) {
            return total;
        }
        long elapsedMillis = Math.max(0, Duration.between(start, now).toMillis());
        long due = Speed.perMinute(spec.speed()) * elapsedMillis / 60_000L;
        return (int) Math.min(total, due);
    }

    /** Real pushes carry an openid of the account (decisions.md #9); the first recipient's will do. */
    private static String fromUserName(JobSpec spec) {
        if (spec.recipients().size() > 0) {
            return spec.followers().openId(spec.recipients().followerIndex(0));
        }
        return spec.followers().size() > 0 ? spec.followers().openId(0) : "";
    }

    /** Waits until every job has finished and every push settled (for tests and tools). */
    public boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!active.isEmpty() || push.inFlight() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "DeliveryEngine[active=" + active.size() + "]";
    }
}
