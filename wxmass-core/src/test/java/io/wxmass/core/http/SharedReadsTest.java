package io.wxmass.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.testing.Threads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedReadsTest {
    private static final SharedReads.Key STATUS_1 = key("{\"msg_id\":1}");
    private static final SharedReads.Key STATUS_2 = key("{\"msg_id\":2}");

    private final SharedReads reads = new SharedReads(io.wxmass.core.event.EventListener.NONE);
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void execute_whenCallersArriveDuringARead_theyShareOneLaterRead() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        Supplier<JsonNode> call = () -> {
            int n = calls.incrementAndGet();
            await(n == 1 ? first : second);
            return answer("read " + n);
        };
        Future<JsonNode> leader = pool.submit(() -> reads.execute(STATUS_1, call));
        Threads.awaitUntil(() -> calls.get() == 1);
        List<Future<JsonNode>> answers = Threads.submitAndAwaitParked(pool, 8, () -> reads.execute(STATUS_1, call));

        first.countDown();
        assertThat(leader.get().get("status").asText()).isEqualTo("read 1");
        // Every late caller now waits on the second read, which one of them runs.
        Threads.awaitUntil(() -> calls.get() == 2 && reads.sharers(STATUS_1) == 7);
        second.countDown();

        for (Future<JsonNode> answer : answers) {
            assertThat(answer.get().get("status").asText()).isEqualTo("read 2");
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void execute_whenTheReadInFlightStartedBeforeTheCaller_callerGetsANewerRead() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        AtomicReference<String> platformState = new AtomicReference<>("SENDING");
        Supplier<JsonNode> call = () -> {
            String seen = platformState.get(); // what the platform reads when the request reaches it
            if (calls.incrementAndGet() == 1) {
                await(first);
            }
            return answer(seen);
        };
        Future<JsonNode> early = pool.submit(() -> reads.execute(STATUS_1, call));
        Threads.awaitUntil(() -> calls.get() == 1);
        platformState.set("SEND_SUCCESS");
        Future<JsonNode> late = Threads.submitAndAwaitParked(pool, 1, () -> reads.execute(STATUS_1, call)).get(0);
        first.countDown();

        assertThat(early.get().get("status").asText()).isEqualTo("SENDING");
        assertThat(late.get().get("status").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(calls).hasValue(2);
    }

    @Test
    void execute_whenReadsDiffer_theyDoNotWaitForEachOther() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        Future<JsonNode> first = pool.submit(() -> reads.execute(STATUS_1, () -> {
            calls.incrementAndGet();
            await(held);
            return answer("one");
        }));
        Threads.awaitUntil(() -> calls.get() == 1);

        JsonNode other = reads.execute(STATUS_2, () -> answer("two"));

        assertThat(other.get("status").asText()).isEqualTo("two");
        assertThat(first).isNotDone();
        held.countDown();
        assertThat(first.get().get("status").asText()).isEqualTo("one");
    }

    @Test
    void execute_whenTheSharedReadFails_everySharerGetsTheFailure() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        Supplier<JsonNode> call = () -> {
            int n = calls.incrementAndGet();
            await(n == 1 ? first : second);
            if (n == 2) {
                throw new WeChatApiException(-1, "system error", Endpoints.MASS_GET.path());
            }
            return answer("read " + n);
        };
        pool.submit(() -> reads.execute(STATUS_1, call));
        Threads.awaitUntil(() -> calls.get() == 1);
        List<Future<JsonNode>> answers = Threads.submitAndAwaitParked(pool, 3, () -> reads.execute(STATUS_1, call));
        first.countDown();
        Threads.awaitUntil(() -> calls.get() == 2 && reads.sharers(STATUS_1) == 2);
        second.countDown();

        for (Future<JsonNode> answer : answers) {
            assertThatThrownBy(answer::get).hasCauseInstanceOf(WeChatApiException.class);
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void execute_whenTheThreadRunningTheReadIsInterrupted_theOthersStartOver() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Thread> secondRunner = new AtomicReference<>();
        Supplier<JsonNode> call = () -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                await(first);
            } else if (n == 2) {
                secondRunner.set(Thread.currentThread());
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
            return answer("read " + n);
        };
        pool.submit(() -> reads.execute(STATUS_1, call));
        Threads.awaitUntil(() -> calls.get() == 1);
        List<Future<JsonNode>> answers = Threads.submitAndAwaitParked(pool, 2, () -> reads.execute(STATUS_1, call));
        first.countDown();
        Threads.awaitUntil(() -> calls.get() == 2 && reads.sharers(STATUS_1) == 1);

        secondRunner.get().interrupt();

        int interrupted = 0;
        int answered = 0;
        for (Future<JsonNode> answer : answers) {
            try {
                assertThat(answer.get().get("status").asText()).isEqualTo("read 3");
                answered++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).hasMessage("interrupted");
                interrupted++;
            }
        }
        assertThat(interrupted).isEqualTo(1);
        assertThat(answered).isEqualTo(1);
    }

    @Test
    void execute_givesEachSharerItsOwnCopyOfTheAnswer() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        Supplier<JsonNode> call = () -> {
            int n = calls.incrementAndGet();
            await(n == 1 ? first : second);
            return answer("read " + n);
        };
        pool.submit(() -> reads.execute(STATUS_1, call));
        Threads.awaitUntil(() -> calls.get() == 1);
        List<Future<JsonNode>> answers = Threads.submitAndAwaitParked(pool, 2, () -> reads.execute(STATUS_1, call));
        first.countDown();
        Threads.awaitUntil(() -> calls.get() == 2 && reads.sharers(STATUS_1) == 1);
        second.countDown();

        JsonNode a = answers.get(0).get();
        JsonNode b = answers.get(1).get();
        ((ObjectNode) a).put("status", "changed by its owner");
        assertThat(b.get("status").asText()).isEqualTo("read 2");
    }

    private static SharedReads.Key key(String body) {
        return new SharedReads.Key(Endpoints.MASS_GET, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode answer(String status) {
        return JsonNodeFactory.instance.objectNode().put("status", status);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
