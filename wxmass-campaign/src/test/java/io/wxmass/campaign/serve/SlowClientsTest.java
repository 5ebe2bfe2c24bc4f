package io.wxmass.campaign.serve;

import io.wxmass.campaign.auth.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow and greedy clients: sockets that never finish their headers, or send 1 byte of a 1,000-byte body,
 * hold no thread and cannot freeze either door; one address cannot take all the sockets; a trickler is
 * cut off by the header timeout, a stalled body by the body timeout. The slow clients come from other
 * loopback addresses (127.0.x.y) than the well-behaved ones, as they would from other hosts.
 */
class SlowClientsTest {
    private static final Duration HEADER_TIMEOUT = Duration.ofMillis(800);
    private static final Duration BODY_TIMEOUT = Duration.ofMillis(800);

    @RegisterExtension
    static final ServeRig rig = new ServeRig(b -> b.timeouts(HEADER_TIMEOUT, BODY_TIMEOUT, Duration.ofSeconds(30)).maxConnections(512, 32));
    private static String key;
    private final List<Socket> held = new ArrayList<>();

    @BeforeAll
    static void start() {
        key = rig.key(Scope.READ);
    }

    @AfterEach
    void release() throws IOException {
        for (Socket socket : held) {
            socket.close();
        }
        held.clear();
    }

    /** Half of them stop inside their headers, half after 1 byte of a 1,000-byte body. */
    private void holdSlowClients(int port, String path, int subnet, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = RawHttp.connect("127.0." + subnet + "." + (i + 1), port);
            OutputStream out = socket.getOutputStream();
            String head = i % 2 == 0 ? "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                    : "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            held.add(socket);
        }
    }

    @Test
    void sixtyFourSlowClientsOnEachDoor_theHandshakeASignedPushAndTheApi_stillAnswerWithinOneSecond() throws Exception {
        holdSlowClients(rig.server.port(), ReceiverServer.DEFAULT_CALLBACK_PATH, 1, 64);
        holdSlowClients(rig.server.apiPort(), "/api/campaigns", 2, 64);
        String push = ServeRig.fixture("job-finished.xml").replace("{{MSG_ID}}", "1000000001")
                .replace("{{FROM}}", rig.follower(0)).replace("{{CREATE_TIME}}", String.valueOf(System.currentTimeMillis() / 1000));

        long t0 = System.nanoTime();
        HttpResponse<String> handshake = rig.handshake("slow-hs", "echo64");
        long handshakeMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        HttpResponse<String> pushed = rig.signedPush(push, "slow-push");
        long pushMs = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        HttpResponse<String> listed = rig.api("GET", "/api/campaigns", null, key);
        long apiMs = (System.nanoTime() - t2) / 1_000_000;

        assertThat(handshake.statusCode()).isEqualTo(200);
        assertThat(handshake.body()).isEqualTo("echo64");
        assertThat(pushed.statusCode()).isEqualTo(200);
        assertThat(pushed.body()).isEqualTo("success");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(handshakeMs).as("handshake ms").isLessThan(1_000);
        assertThat(pushMs).as("signed push ms").isLessThan(1_000);
        assertThat(apiMs).as("API ms").isLessThan(1_000);
    }

    @Test
    void oneAddress_getsAtMost32Connections_othersAreStillServed() throws Exception {
        for (int i = 0; i < 32; i++) {
            held.add(RawHttp.connect("127.0.3.1", rig.server.port()));
        }
        Socket extra = RawHttp.connect("127.0.3.1", rig.server.port());
        held.add(extra);

        assertThat(RawHttp.firstByte(extra)).as("the 33rd connection from one address is closed unanswered").isEqualTo(-1);
        assertThat(rig.handshake("cap-hs", "stillServed").body()).isEqualTo("stillServed");
    }

    @Test
    void headersTrickledByteByByte_areCutOffByTheHeaderTimeout_notKeptForTheIdleTimeout() throws Exception {
        Socket trickler = RawHttp.connect("127.0.4.1", rig.server.port());
        held.add(trickler);
        OutputStream out = trickler.getOutputStream();
        long start = System.nanoTime();
        boolean closed = false;
        for (int i = 0; i < 100 && !closed; i++) { // one byte every 100 ms: never idle, never done
            try {
                out.write('x');
                out.flush();
                Thread.sleep(100);
            } catch (IOException reset) {
                closed = true;
            }
        }
        trickler.setSoTimeout(5_000);
        int read = RawHttp.firstByte(trickler);

        assertThat(read).isEqualTo(-1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("closed long before the 30 s idle timeout")
                .isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aBodyThatStopsHalfway_isAnswered408ByTheBodyTimeout() throws Exception {
        Socket stalled = RawHttp.connect("127.0.5.1", rig.server.port());
        held.add(stalled);
        stalled.getOutputStream().write(("POST " + ReceiverServer.DEFAULT_CALLBACK_PATH + "?timestamp=1&nonce=n&signature=s HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n<xml>").getBytes(StandardCharsets.US_ASCII));
        stalled.getOutputStream().flush();
        stalled.setSoTimeout(10_000);

        String answer = new String(stalled.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

        assertThat(answer).isEqualTo("HTTP/1.1 408");
    }
}
