package io.wxmass.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import io.wxmass.core.testing.TestTransports;
import io.wxmass.core.testing.Threads;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Identical reads in flight together share a request on the wire; writes and differing reads never do. */
class JdkHttpTransportSharedReadsTest {
    private static final ApiRequest STATUS = ApiRequest.post(Endpoints.MASS_GET,
            RequestBody.json(JsonNodeFactory.instance.objectNode().put("msg_id", 1000001625L)));
    private static final ApiRequest DELETE = ApiRequest.post(Endpoints.MASS_DELETE,
            RequestBody.json(JsonNodeFactory.instance.objectNode().put("msg_id", 1000001625L)));

    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch firstHeld = new CountDownLatch(1);
    private final CountDownLatch secondHeld = new CountDownLatch(1);
    private final AtomicInteger served = new AtomicInteger();

    @AfterEach
    void stop() {
        firstHeld.countDown();
        secondHeld.countDown();
        pool.shutdownNow();
        platform.close();
    }

    @Test
    void execute_whenStatusReadsOverlap_theLateOnesShareOneFreshRequest() throws Exception {
        JdkHttpTransport transport = TestTransports.authenticated(platform, clock).build();
        holdFirstTwo(Endpoints.MASS_GET.path());
        Future<JsonNode> first = pool.submit(() -> transport.execute(STATUS));
        Threads.awaitUntil(() -> served.get() == 1);
        List<Future<JsonNode>> answers = Threads.submitAndAwaitParked(pool, 6, () -> transport.execute(STATUS));

        firstHeld.countDown();
        assertThat(first.get().get("msg_status").asText()).isEqualTo("SENDING");
        Threads.awaitUntil(() -> served.get() == 2 && transport.sharers(STATUS) == 5);
        secondHeld.countDown();

        for (Future<JsonNode> answer : answers) {
            assertThat(answer.get().get("msg_status").asText()).isEqualTo("SEND_SUCCESS");
        }
        assertThat(platform.count(Endpoints.MASS_GET.path())).isEqualTo(2);
    }

    @Test
    void execute_whenDeletesOverlap_eachOneIsSent() throws Exception {
        JdkHttpTransport transport = TestTransports.authenticated(platform, clock).build();
        holdFirstTwo(Endpoints.MASS_DELETE.path());
        pool.submit(() -> transport.execute(DELETE));
        pool.submit(() -> transport.execute(DELETE));

        Threads.awaitUntil(() -> served.get() == 2);
        assertThat(platform.count(Endpoints.MASS_DELETE.path())).isEqualTo(2);
    }

    @Test
    void execute_whenSharingIsOff_eachOverlappingReadIsSent() throws Exception {
        JdkHttpTransport transport = TestTransports.authenticated(platform, clock).shareConcurrentReads(false).build();
        holdFirstTwo(Endpoints.MASS_GET.path());
        pool.submit(() -> transport.execute(STATUS));
        pool.submit(() -> transport.execute(STATUS));

        Threads.awaitUntil(() -> served.get() == 2);
        assertThat(platform.count(Endpoints.MASS_GET.path())).isEqualTo(2);
    }

    /** The first request on {@code path} answers SENDING once released, the second SEND_SUCCESS once released. */
    private void holdFirstTwo(String path) {
        platform.always(path, request -> (exchange, released) -> {
            int n = served.incrementAndGet();
            try {
                (n == 1 ? firstHeld : secondHeld).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String status = n == 1 ? "SENDING" : "SEND_SUCCESS";
            Reply.json("{\"errcode\":0,\"errmsg\":\"ok\",\"msg_id\":1000001625,\"msg_status\":\"" + status + "\"}")
                    .answer(exchange, released);
        });
    }
}
