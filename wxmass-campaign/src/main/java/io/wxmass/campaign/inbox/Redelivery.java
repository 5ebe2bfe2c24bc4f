package io.wxmass.campaign.inbox;

import io.wxmass.core.error.StoreFailureException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the inline forward could not: every tick, the pending messages whose time has come, one
 * at a time and oldest first. Each is claimed before it is sent (its next time moved on by the deadline
 * plus the backoff for its attempt count), so serve processes sharing a database do not both send it and
 * a crash mid-send only delays it. The first failure ends the round: an application that is down is
 * probed once per tick, not once per queued message. Delivery is at least once (a crash between the
 * application's answer and the mark resends); the application dedupes by {@code X-Wxmass-Dedupe-Key}.
 * A message past {@link ForwardSettings#giveUp()} is not sent again but made a dead letter.
 */
final class Redelivery implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Redelivery.class);
    private static final int ROUND = 100;

    private final InboxStore store;
    private final Forwarder forwarder;
    private final GroupCommit<InboxWrite, Boolean> writes;
    private final ForwardSettings settings;
    private final Clock clock;
    private final Runnable buried;
    private ScheduledExecutorService timer;

    Redelivery(InboxStore store, Forwarder forwarder, GroupCommit<InboxWrite, Boolean> writes, ForwardSettings settings,
               Clock clock, Runnable buried) {
        this.store = Objects.requireNonNull(store, "store");
        this.forwarder = Objects.requireNonNull(forwarder, "forwarder");
        this.writes = Objects.requireNonNull(writes, "writes");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.buried = Objects.requireNonNull(buried, "buried");
    }

    synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wxmass-inbox-redelivery");
            t.setDaemon(true);
            return t;
        });
        long tick = settings.tick().toMillis();
        timer.scheduleWithFixedDelay(this::safeRound, tick, tick, TimeUnit.MILLISECONDS);
    }

    private void safeRound() {
        try {
            round();
        } catch (StoreFailureException e) {
            log.warn("inbox redelivery: store unavailable, next tick retries: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("inbox redelivery round failed", e);
        }
    }

    /** One round; how many messages were delivered. */
    int round() {
        List<InboxStore.Due> due = store.due(ROUND);
        int delivered = 0;
        for (InboxStore.Due next : due) {
            if (settings.giveUp().reached(next.attempts(), Duration.ofMillis(clock.millis() - next.queuedAt()))) {
                if (store.bury(next)) {
                    buried.run();
                    log.warn("inbox redelivery to {}: {} given up after {} attempts, now a dead letter (wxmass inbox list --dead)",
                            forwarder.target().getHost(), next.message(), next.attempts());
                }
                continue;
            }
            int attempt = next.attempts() + 1;
            Instant retryAt = clock.instant().plus(settings.deadline()).plus(settings.backoff().after(attempt));
            if (!store.claim(next, retryAt)) {
                continue;
            }
            try {
                // A reply this late is of no use: the platform's 5 s are long gone.
                forwarder.forward(next.message(), attempt).get(settings.deadline().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                log.warn("inbox redelivery to {}: attempt {} of {} failed ({}); next no sooner than {}", forwarder.target().getHost(),
                        attempt, next.message(), cause.toString(), retryAt);
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            writes.submit(new InboxWrite.Delivered(next.message().dedupeKey())).join();
            delivered++;
        }
        return delivered;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
