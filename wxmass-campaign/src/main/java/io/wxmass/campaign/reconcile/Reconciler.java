package io.wxmass.campaign.reconcile;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.campaign.store.PublishEventStore;
import io.wxmass.core.callback.CallbackListener;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.core.callback.event.PublishJobFinished;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.mass.MassApi;
import io.wxmass.core.mass.StatusReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns how submitted batches ended. MASSSENDJOBFINISH events are the main source: the receiver
 * hands each one to {@link #onEvent} and acknowledges the push only after it returns (the event is
 * stored and deduplicated by then). Pushes get lost, so {@link #pollOverdue()} asks mass/get about
 * batches that heard nothing within {@code eventTimeout}; such batches are marked as settled by a
 * poll, and their counts stay unknown until a late event supplies them.
 */
public final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final EventStore events;
    private final PublishEventStore publishEvents;
    private final BatchStore batches;
    private final MassApi mass;
    private final Clock clock;
    private final Duration eventTimeout;
    private final Runnable afterSettling;

    public Reconciler(EventStore events, BatchStore batches, MassApi mass, Clock clock, Duration eventTimeout) {
        this(events, batches, mass, clock, eventTimeout, () -> { });
    }

    /** @param afterSettling runs at the end of every {@link #pollOverdue()}: work that waits for outcomes (deleting temporary tags) */
    public Reconciler(EventStore events, BatchStore batches, MassApi mass, Clock clock, Duration eventTimeout,
                      Runnable afterSettling) {
        this.afterSettling = Objects.requireNonNull(afterSettling, "afterSettling");
        this.events = Objects.requireNonNull(events, "events");
        this.publishEvents = events.publishEvents();
        this.batches = Objects.requireNonNull(batches, "batches");
        this.mass = Objects.requireNonNull(mass, "mass");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.eventTimeout = Objects.requireNonNull(eventTimeout, "eventTimeout");
    }

    /** Stores the event and settles its batch; false for a repeated push. Durable when it returns. */
    public boolean onEvent(MassSendJobFinished event) {
        Objects.requireNonNull(event, "event");
        return events.record(EventMapping.of(event), clock.instant());
    }

    /** Stores a PUBLISHJOBFINISH (it settles no batch); false for a repeated push. Durable when it returns. */
    public boolean onEvent(PublishJobFinished event) {
        Objects.requireNonNull(event, "event");
        return publishEvents.record(event, clock.instant());
    }

    /**
     * A listener for core's {@code CallbackHandler}: MASSSENDJOBFINISH and PUBLISHJOBFINISH events go to
     * {@link #onEvent}, stored before the push is acknowledged.
     */
    public CallbackListener listener() {
        return event -> {
            if (event instanceof MassSendJobFinished finished) {
                onEvent(finished);
            } else if (event instanceof PublishJobFinished published) {
                onEvent(published);
            }
        };
    }

    /**
     * Settles what can be settled now: batches whose event is already stored, then batches that
     * waited longer than the event timeout, by mass/get. Returns how many batches were settled.
     */
    public int pollOverdue() {
        Instant now = clock.instant();
        int settled = events.applyStored(now);
        for (Batch batch : batches.awaitingOutcomeSince(now.minus(eventTimeout))) {
            long msgId = batch.msgId().orElseThrow();
            StatusReport report;
            try {
                report = mass.status(msgId);
            } catch (WxMassException e) {
                LOG.warn("mass/get for batch {} (msg_id {}) failed: {}", batch.key(), msgId, e.getMessage());
                continue;
            }
            BatchState state = switch (report.status()) {
                case SEND_SUCCESS, DELETE -> BatchState.FINISHED;
                case SEND_FAIL -> BatchState.FAILED;
                default -> null;
            };
            if (state != null && batches.settleByPoll(batch.key(), state, report.rawStatus(), clock.instant())) {
                settled++;
            }
        }
        afterSettling.run();
        return settled;
    }
}
