package io.wxmass.campaign.inbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    /** A writer that holds its first batch until released, and records every batch's size. */
    private static final class HeldWriter {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> batches = new CopyOnWriteArrayList<>();

        List<Integer> write(List<Integer> items) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batches.add(items.size());
            return items.stream().map(i -> i * 10).toList();
        }
    }

    @Test
    void submit_completesOnlyOnceItsBatchIsCommitted() throws Exception {
        HeldWriter writer = new HeldWriter();
        try (GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", writer::write, GroupCommit.Settings.DEFAULTS)) {
            CompletableFuture<Integer> first = commits.submit(1);
            assertThat(writer.entered.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(first).as("the writer is inside the commit: nothing may be acknowledged yet").isNotDone();
            writer.release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(10);
        }
    }

    @Test
    void writesQueuedDuringACommit_goIntoOneTransaction() throws Exception {
        HeldWriter writer = new HeldWriter();
        try (GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", writer::write,
                new GroupCommit.Settings(100, 50, Duration.ZERO))) {
            CompletableFuture<Integer> first = commits.submit(0);
            assertThat(writer.entered.await(30, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Integer>> waiting = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                waiting.add(commits.submit(i));
            }
            writer.release.countDown();

            first.get(30, TimeUnit.SECONDS);
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(waiting.get(i).get(30, TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
            }
            assertThat(writer.batches).containsExactly(1, 20);
        }
    }

    @Test
    void failedBatch_failsEveryWriteInIt() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        java.util.function.Function<List<Integer>, List<Integer>> failing = items -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("disk full");
        };
        try (GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", failing, new GroupCommit.Settings(100, 50, Duration.ZERO))) {
            CompletableFuture<Integer> first = commits.submit(0);
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Integer>> batch = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                batch.add(commits.submit(i));
            }
            release.countDown();

            assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
            for (CompletableFuture<Integer> write : batch) {
                assertThatThrownBy(() -> write.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
            }
        }
    }

    @Test
    void fullQueue_refusesAtOnce() throws Exception {
        HeldWriter writer = new HeldWriter();
        try (GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", writer::write, new GroupCommit.Settings(2, 2, Duration.ZERO))) {
            commits.submit(0);
            assertThat(writer.entered.await(30, TimeUnit.SECONDS)).isTrue();
            commits.submit(1);
            commits.submit(2);

            CompletableFuture<Integer> overflow = commits.submit(3);

            assertThat(overflow).isCompletedExceptionally();
            assertThatThrownBy(overflow::join).hasCauseInstanceOf(RejectedExecutionException.class);
            writer.release.countDown();
        }
    }

    @Test
    void after_runsOnTheWriterOnceEveryFutureOfTheBatchIsCompleted_andBeforeTheNextBatch() throws Exception {
        HeldWriter writer = new HeldWriter();
        List<CompletableFuture<Integer>> futures = new CopyOnWriteArrayList<>();
        List<String> seen = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<List<Integer>> after = batch -> seen.add(batch + " done=" + futures.stream()
                .filter(f -> batch.contains(futures.indexOf(f))).allMatch(CompletableFuture::isDone) + " batches=" + writer.batches.size());
        try (GroupCommit<Integer, Integer> commits = new GroupCommit<>("test", writer::write, after,
                new GroupCommit.Settings(100, 50, Duration.ZERO))) {
            futures.add(commits.submit(0));
            assertThat(writer.entered.await(10, TimeUnit.SECONDS)).isTrue();
            futures.add(commits.submit(1));
            futures.add(commits.submit(2));
            writer.release.countDown();
            for (CompletableFuture<Integer> f : futures) {
                f.get(10, TimeUnit.SECONDS);
            }
            futures.add(commits.submit(3));
            futures.get(3).get(10, TimeUnit.SECONDS);
        }
        // Each batch's hook found all of its futures done, and ran before the next batch was written.
        assertThat(seen).containsExactly("[0] done=true batches=1", "[1, 2] done=true batches=2", "[3] done=true batches=3");
    }
}
