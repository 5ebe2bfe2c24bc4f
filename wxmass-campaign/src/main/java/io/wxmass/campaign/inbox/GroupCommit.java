package io.wxmass.campaign.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer for many callers: {@link #submit} queues an item and returns a future that completes only
 * once the batch holding it is committed, so no caller acknowledges what is not durable. The writer takes
 * what is queued, waits at most {@code maxWait} for more (up to {@code maxBatch}), and commits it all in one
 * transaction: a storm of pushes pays one commit per batch, not one per push. A batch that fails fails
 * every future in it; a full queue refuses at once. Work that must run on the writer thread but need not hold
 * the batch's answers ({@code after}) runs once every future of the batch is completed, before the next batch.
 * Thread-safe.
 *
 * @param <T> what is written
 * @param <R> the result per item, in the batch's order
 */
final class GroupCommit<T, R> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** Queue, batch and wait bounds; one place for their defaults. */
    record Settings(int capacity, int maxBatch, Duration maxWait) {
        static final Settings DEFAULTS = new Settings(8192, 512, Duration.ofMillis(2));

        Settings {
            Objects.requireNonNull(maxWait, "maxWait");
            if (capacity < 1 || maxBatch < 1 || maxBatch > capacity || maxWait.isNegative()) {
                throw new IllegalArgumentException("group commit: need 1 <= maxBatch <= capacity and maxWait >= 0, got "
                        + maxBatch + ", " + capacity + ", " + maxWait);
            }
        }
    }

    private record Pending<T, R>(T item, CompletableFuture<R> done) {
    }

    private final Function<List<T>, List<R>> writer;
    private final Consumer<List<T>> after;
    private final Settings settings;
    private final BlockingQueue<Pending<T, R>> queue;
    private final Thread thread;
    private volatile boolean closed;

    /** @param writer commits a batch in one transaction and returns one result per item, or throws */
    GroupCommit(String name, Function<List<T>, List<R>> writer, Settings settings) {
        this(name, writer, batch -> { }, settings);
    }

    /** @param after runs on the writer thread with each committed batch, once all its futures are completed */
    GroupCommit(String name, Function<List<T>, List<R>> writer, Consumer<List<T>> after, Settings settings) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.after = Objects.requireNonNull(after, "after");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
        this.thread = new Thread(this::run, "wxmass-" + name + "-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes with the item's result once committed; exceptionally if the batch failed or the queue is full. */
    CompletableFuture<R> submit(T item) {
        Objects.requireNonNull(item, "item");
        CompletableFuture<R> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new RejectedExecutionException("closed"));
        } else if (!queue.offer(new Pending<>(item, done))) {
            done.completeExceptionally(new RejectedExecutionException("write queue full (" + settings.capacity() + ")"));
        }
        return done;
    }

    private void run() {
        List<Pending<T, R>> batch = new ArrayList<>(settings.maxBatch());
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                fill(batch);
            } catch (InterruptedException e) {
                // nobody interrupts this thread (close() lets the poll time out): a stray one is ignored
                if (batch.isEmpty()) {
                    continue;
                }
            }
            commit(batch);
            batch.clear();
        }
    }

    /** What else is queued, then what arrives within {@code maxWait} of the first item, up to {@code maxBatch}. */
    private void fill(List<Pending<T, R>> batch) throws InterruptedException {
        queue.drainTo(batch, settings.maxBatch() - batch.size());
        long deadline = System.nanoTime() + settings.maxWait().toNanos();
        while (batch.size() < settings.maxBatch() && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Pending<T, R> next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, settings.maxBatch() - batch.size());
        }
    }

    private void commit(List<Pending<T, R>> batch) {
        List<T> items = new ArrayList<>(batch.size());
        for (Pending<T, R> pending : batch) {
            items.add(pending.item());
        }
        List<R> results;
        try {
            results = writer.apply(items);
            if (results.size() != items.size()) {
                throw new IllegalStateException("writer returned " + results.size() + " results for " + items.size() + " items");
            }
        } catch (RuntimeException | Error e) {
            log.warn("group commit of {} writes failed; each is answered as failed: {}", items.size(), e.toString());
            for (Pending<T, R> pending : batch) {
                pending.done().completeExceptionally(e);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(results.get(i));
        }
        try {
            after.accept(items);
        } catch (RuntimeException | Error e) {
            log.warn("work after a group commit of {} writes failed: {}", items.size(), e.toString());
        }
    }

    /** Stops taking items, commits what is queued, and waits (bounded) for the writer to end. */
    @Override
    public void close() {
        // No interrupt: it could cut a commit short; the writer sees the flag within its 100 ms poll.
        closed = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending<T, R> left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new RejectedExecutionException("closed"));
        }
    }
}
