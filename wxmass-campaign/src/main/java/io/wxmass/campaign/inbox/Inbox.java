package io.wxmass.campaign.inbox;

import io.wxmass.campaign.store.Database;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.event.GenericEvent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@code serve} puts every push that is no campaign event (user messages, subscribe, menu clicks, ...):
 * stored durably under the platform's dedupe key through one group-commit writer, then, when forwarding is
 * configured, posted to the operator's application, whose passive reply (if it answers within the deadline)
 * goes back to the platform, sealed in safe mode. A message the application did not take stays queued and
 * is redelivered with capped exponential backoff.
 *
 * <pre>{@code
 * try (Inbox inbox = Inbox.builder(database, appId, token).aesKey(aesKey)
 *         .forward(ForwardSettings.of(uri, ForwardFormat.XML, key)).build().start()) {
 *     ReceiverServer.builder().callbackHandler(handler).inbox(inbox)...
 * }
 * }</pre>
 */
public final class Inbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final InboxStore store;
    private final GroupCommit<InboxWrite, Boolean> writes;
    private final Optional<ForwardSettings> forwarding;
    private final Forwarder forwarder;
    private final Redelivery redelivery;
    private final PassiveReply replies;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final AtomicLong buried = new AtomicLong();

    private Inbox(Builder b) {
        this.clock = b.clock;
        this.store = new InboxStore(b.database, b.appId, b.clock);
        this.writes = new GroupCommit<>("inbox", this::commit, Inbox::runAfter, b.groupCommit);
        this.forwarding = Optional.ofNullable(b.forward);
        this.forwarder = b.forward == null ? null : new Forwarder(b.forward, b.clock);
        this.redelivery = b.forward == null ? null
                : new Redelivery(store, forwarder, writes, b.forward, b.clock, buried::incrementAndGet);
        this.deadLetters = new DeadLetters(store);
        this.replies = new PassiveReply(b.appId, b.token, b.aesKey);
    }

    /** @param token the account's callback token, which signs sealed replies */
    public static Builder builder(Database database, String appId, String token) {
        return new Builder(database, appId, token);
    }

    /** Starts the redelivery loop (when forwarding). */
    public Inbox start() {
        if (redelivery != null) {
            redelivery.start();
        }
        return this;
    }

    /**
     * Stores the push and, if it is new and forwarding is on, forwards it. Completes with what to answer
     * the platform ({@code success} or the sealed passive reply) only after the push is committed;
     * exceptionally when it could not be stored (answer 500 so the platform retries).
     *
     * @param query the push's query parameters (safe mode and the timestamp and nonce a sealed reply reuses)
     */
    public CompletableFuture<CallbackReply> accept(GenericEvent push, Map<String, String> query) {
        InboxMessage message = InboxMessage.of(push);
        Optional<java.time.Instant> redeliverAt = forwarding.map(f -> clock.instant().plus(f.deadline()).plus(f.backoff().after(1)));
        return writes.submit(new InboxWrite.Store(message, redeliverAt)).thenCompose(fresh -> {
            if (!fresh || forwarder == null) {
                return CompletableFuture.completedFuture(CallbackReply.success());
            }
            return forwarder.forward(message, 1).handle((reply, failure) -> {
                if (failure != null) {
                    log.debug("inline forward of {} failed, queued for redelivery: {}", message, failure.toString());
                    return CallbackReply.success();
                }
                writes.submit(new InboxWrite.Delivered(message.dedupeKey())).whenComplete((changed, notMarked) -> {
                    if (notMarked != null) {
                        log.warn("{} was delivered but not marked so; it will be delivered again: {}", message, notMarked.toString());
                    }
                });
                return reply.map(xml -> replies.to(query, xml)).orElse(CallbackReply.success());
            });
        });
    }

    /**
     * Runs another durable write of this process (a campaign event's) on the inbox's writer thread, after
     * the batch it is queued with: one writer per process, so SQLite's lock is never contended in-process
     * (a contended lock waits in SQLite's busy handler, which sleeps). Completes once {@code work} returned;
     * exceptionally with what it threw.
     */
    public CompletableFuture<Void> serialized(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable recorded = () -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        writes.submit(new InboxWrite.Run(recorded)).whenComplete((ignored, notQueued) -> {
            if (notQueued != null) {
                done.completeExceptionally(notQueued);
            }
        });
        return done;
    }

    /**
     * One batch: stores and marks in one transaction. Each Run (a campaign event's write, in a transaction of its
     * own) comes after, in {@link #runAfter}: a push of the batch is answered after its one commit, not after the
     * commits of every campaign event queued with it (a tenth of a storm's pushes, each its own fsync).
     */
    private List<Boolean> commit(List<InboxWrite> batch) {
        List<InboxWrite> rows = new ArrayList<>(batch.size());
        for (InboxWrite write : batch) {
            if (!(write instanceof InboxWrite.Run)) {
                rows.add(write);
            }
        }
        Iterator<Boolean> written = (rows.isEmpty() ? List.<Boolean>of() : store.write(rows)).iterator();
        List<Boolean> results = new ArrayList<>(batch.size());
        for (InboxWrite write : batch) {
            results.add(write instanceof InboxWrite.Run || written.next());
        }
        return results;
    }

    /** The batch's Runs, each in its own transaction (a failing Run fails only itself: it completes its own future). */
    private static void runAfter(List<InboxWrite> batch) {
        for (InboxWrite write : batch) {
            if (write instanceof InboxWrite.Run run) {
                run.work().run();
            }
        }
    }

    /** Delivers due messages now, as a tick of the redelivery loop would; how many were delivered. */
    int redeliverNow() {
        return redelivery == null ? 0 : redelivery.round();
    }

    /** The account's dead letters (for a gauge, and the operator's list and requeue). */
    public DeadLetters deadLetters() {
        return deadLetters;
    }

    /** How many messages this process's redelivery gave up since it started (a counter for metrics). */
    public long givenUp() {
        return buried.get();
    }

    InboxStore store() {
        return store;
    }

    @Override
    public void close() {
        if (redelivery != null) {
            redelivery.close();
        }
        writes.close();
    }

    public static final class Builder {
        private final Database database;
        private final String appId;
        private final String token;
        private Optional<String> aesKey = Optional.empty();
        private ForwardSettings forward;
        private Clock clock = Clock.systemUTC();
        private GroupCommit.Settings groupCommit = GroupCommit.Settings.DEFAULTS;

        private Builder(Database database, String appId, String token) {
            this.database = Objects.requireNonNull(database, "database");
            this.appId = Objects.requireNonNull(appId, "appId");
            this.token = Objects.requireNonNull(token, "token");
        }

        /** The EncodingAESKey: safe-mode pushes get their passive reply sealed with it. */
        public Builder aesKey(Optional<String> aesKey) {
            this.aesKey = Objects.requireNonNull(aesKey, "aesKey");
            return this;
        }

        /** Forward stored messages to the operator's application; without it they are only stored. */
        public Builder forward(ForwardSettings forward) {
            this.forward = Objects.requireNonNull(forward, "forward");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Group commit bounds: writes queued at most (further pushes answer 500 at once), writes per
         * transaction, and how long the writer waits for more once it has one.
         */
        public Builder groupCommit(int capacity, int maxBatch, java.time.Duration maxWait) {
            this.groupCommit = new GroupCommit.Settings(capacity, maxBatch, maxWait);
            return this;
        }

        public Inbox build() {
            return new Inbox(this);
        }
    }
}
