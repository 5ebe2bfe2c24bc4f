package io.wxmass.campaign.inbox;

import io.wxmass.campaign.store.Database;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The operator's view of an account's dead letters ({@code wxmass inbox list --dead}, {@code requeue}): works
 * on the database whether or not a serve is running; a running serve's redelivery picks requeued messages up
 * at its next tick.
 */
public final class DeadLetters {
    private final InboxStore store;

    DeadLetters(InboxStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public static DeadLetters of(Database database, String appId, Clock clock) {
        return new DeadLetters(new InboxStore(database, appId, clock));
    }

    /** Dead letters, oldest received first, at most {@code limit}. */
    public List<DeadLetter> list(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: at least 1, was " + limit);
        }
        return store.dead(limit);
    }

    public long count() {
        return store.countDead();
    }

    /**
     * Queues the dead letter again, due now, with a fresh give-up bound (attempts from 0, age from now); false
     * when {@code dedupeKey} names no dead letter.
     */
    public boolean requeue(String dedupeKey) {
        return store.requeue(Objects.requireNonNull(dedupeKey, "dedupeKey")) == 1;
    }

    /** Requeues every dead letter of the account; how many. */
    public int requeueAll() {
        return store.requeue(null);
    }
}
