package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.event.EventListener;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.testing.WithSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Core's {@link EventListener} over the sandbox: each event fires once, in order, with the fields it promises. */
@WithSandbox(followers = 10, fixedClock = Sdk.START)
class EventListenerTest {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";
    private static final String GET = "/cgi-bin/message/mass/get";
    private static final String TOKEN = "/cgi-bin/stable_token";

    private final RecordingListener events = new RecordingListener();
    private FaultPlan faults;

    @BeforeEach
    void freshMonth(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
        faults = sandbox.admin().faults();
    }

    @AfterEach
    void healFaults() {
        faults.reset(faults.seed());
    }

    private WxMass client(Sandbox sandbox) {
        return WxMass.create(Sdk.config(sandbox, new ClockSleeper(sandbox.clock(), () -> faults.reset(faults.seed())))
                .eventListener(events).build());
    }

    @Test
    void send_firstCall_firesStartPermitTokenFetchAndEndInOrder(Sandbox sandbox) {
        client(sandbox).mass().send(MassMessage.text("Hello"), Audience.allFollowers(), SendOptions.generated());

        assertThat(events.lines()).containsExactly(
                "callStart " + SENDALL,
                "rateLimitWait " + SENDALL,
                "callStart " + TOKEN,
                "callEnd " + TOKEN + " retries=0",
                "tokenFetched " + sandbox.appId(),
                "callEnd " + SENDALL + " retries=0");
        assertThat(events.seen()).filteredOn(s -> s.line().startsWith("callEnd") || s.line().startsWith("token"))
                .allSatisfy(s -> assertThat(s.nanos()).isPositive());
        // The outer call's duration includes the token fetch made inside it.
        assertThat(nanosOf("callEnd " + SENDALL)).isGreaterThan(nanosOf("callEnd " + TOKEN));
    }

    @Test
    void send_afterOneSystemError_firesRetryScheduledAndEndsWithOneRetry(Sandbox sandbox) {
        WxMass wx = client(sandbox);
        wx.tokens().current();
        events.clear();
        faults.systemError(SENDALL, 1.0); // healed by the client's first wait

        wx.mass().send(MassMessage.text("Again"), Audience.allFollowers(), SendOptions.generated());

        assertThat(events.lines()).containsExactly(
                "callStart " + SENDALL,
                "rateLimitWait " + SENDALL,
                "retryScheduled " + SENDALL + " errcode=-1 attempt=2",
                "rateLimitWait " + SENDALL,
                "callEnd " + SENDALL + " retries=1");
        assertThat(nanosOf("retryScheduled " + SENDALL)).as("the policy's first backoff, jitter cut")
                .isBetween(Duration.ofMillis(250).toNanos(), Duration.ofMillis(500).toNanos());
    }

    @Test
    void send_refusedByThePlatform_firesCallFailedWithTheErrcode(Sandbox sandbox) {
        WxMass wx = client(sandbox);
        wx.tokens().current();
        events.clear();

        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("To nobody"), Audience.tag(4242), SendOptions.generated()))
                .isInstanceOf(WeChatApiException.class);

        assertThat(events.lines()).containsExactly(
                "callStart " + SENDALL,
                "rateLimitWait " + SENDALL,
                "callFailed " + SENDALL + " errcode=40152 retries=0");
    }

    @Test
    void read_whenSystemErrorPersists_failsAfterThreeRetries(Sandbox sandbox) {
        WxMass wx = WxMass.create(Sdk.config(sandbox, new ClockSleeper(sandbox.clock())).eventListener(events).build());
        SendReceipt receipt = wx.mass().send(MassMessage.text("Status?"), Audience.allFollowers(), SendOptions.generated());
        events.clear();
        faults.systemError(GET, 1.0);

        assertThatThrownBy(() -> wx.mass().status(receipt.msgId())).isInstanceOf(WeChatApiException.class);

        assertThat(events.lines()).containsExactly(
                "callStart " + GET,
                "retryScheduled " + GET + " errcode=-1 attempt=2",
                "retryScheduled " + GET + " errcode=-1 attempt=3",
                "retryScheduled " + GET + " errcode=-1 attempt=4",
                "callFailed " + GET + " errcode=-1 retries=3");
    }

    @Test
    void send_withAWrongSecret_firesTokenFetchFailedAndFailsTheCall(Sandbox sandbox) {
        WxMass wx = WxMass.create(Sdk.config(sandbox, new ClockSleeper(sandbox.clock())).appSecret("notTheSecret")
                .eventListener(events).build());
        long posts = sandbox.admin().requests(SENDALL);

        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("Hello"), Audience.allFollowers(), SendOptions.generated()))
                .isInstanceOf(WeChatApiException.class);

        List<String> lines = events.lines();
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 3)).containsExactly("callStart " + SENDALL, "rateLimitWait " + SENDALL, "callStart " + TOKEN);
        assertThat(lines.get(3)).startsWith("callFailed " + TOKEN + " errcode=");
        String errcode = lines.get(3).split(" ")[2];
        assertThat(lines.subList(4, 6)).containsExactly("tokenFetchFailed " + sandbox.appId() + " " + errcode,
                "callFailed " + SENDALL + " " + errcode + " retries=0");
        assertThat(sandbox.admin().requests(SENDALL) - posts).as("nothing posted without a token").isZero();
    }

    @Test
    void reads_inFlightTogether_areEachEitherARequestOrASharedRead(Sandbox sandbox) throws Exception {
        WxMass wx = client(sandbox);
        SendReceipt receipt = wx.mass().send(MassMessage.text("Status?"), Audience.allFollowers(), SendOptions.generated());
        events.clear();
        // Each answer held 300 ms: sixteen pollers overlap, and those arriving together share the next request.
        faults.delay(GET, 1.0, Duration.ofMillis(300));
        long requests = sandbox.admin().requests(GET);
        ExecutorService pollers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                running.add(pollers.submit(() -> {
                    for (int i = 0; i < 3; i++) {
                        wx.mass().status(receipt.msgId());
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pollers.shutdownNow();
        }

        long started = events.lines().stream().filter(("callStart " + GET)::equals).count();
        long ended = events.lines().stream().filter(("callEnd " + GET + " retries=0")::equals).count();
        long shared = events.lines().stream().filter(("sharedRead " + GET)::equals).count();
        assertThat(started).isEqualTo(ended).isEqualTo(sandbox.admin().requests(GET) - requests);
        assertThat(started + shared).as("every call either sent or shared").isEqualTo(48);
        assertThat(shared).isPositive();
    }

    @Test
    void listener_thatThrows_neverBreaksTheCall(Sandbox sandbox) {
        EventListener broken = new EventListener() {
            @Override
            public void callStart(Endpoint endpoint) {
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void callEnd(Endpoint endpoint, long durationNanos, int retries) {
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void tokenFetched(String appId, long durationNanos) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        WxMass wx = WxMass.create(Sdk.config(sandbox, new ClockSleeper(sandbox.clock())).eventListener(broken).build());
        long posts = sandbox.admin().requests(SENDALL);

        SendReceipt receipt = wx.mass().send(MassMessage.text("Still sent"), Audience.allFollowers(), SendOptions.generated());

        assertThat(receipt.msgId()).isPositive();
        assertThat(sandbox.admin().requests(SENDALL) - posts).as("posted once, not retried").isEqualTo(1);
    }

    private long nanosOf(String prefix) {
        return events.seen().stream().filter(s -> s.line().startsWith(prefix)).findFirst().orElseThrow().nanos();
    }
}
