package io.wxmass.campaign.inbox;

import io.wxmass.campaign.store.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InboxDeadLetterTest {
    private static final String KEY = "msg:23012345678901234";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void messageNeverTaken_becomesDeadAfterTheAttemptBound_isListedNotRetried_andRequeuedIsDelivered(Dialect dialect) throws Exception {
        int port = freePort();
        MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
        ForwardSettings settings = settings(port).withGiveUp(new GiveUp(3, Duration.ofDays(3)));
        try (InboxRig rig = new InboxRig(dialect, folder, b -> b.forward(settings).clock(clock))) {
            assertThat(rig.push(InboxRig.fixture("user-text.xml")).body()).isEqualTo("success");
            for (int i = 0; i < 10 && rig.store().find(KEY).orElseThrow().forwardState().equals(Optional.of(InboxStore.PENDING)); i++) {
                clock.now = clock.now.plusSeconds(3); // past the deadline and the backoff: due again
                rig.inbox.redeliverNow();
            }
            InboxStore.Row row = rig.store().find(KEY).orElseThrow();
            assertThat(row.forwardState()).contains(InboxStore.DEAD);
            assertThat(row.attempts()).as("the inline forward and two redeliveries").isEqualTo(3);
            assertThat(rig.inbox.givenUp()).isEqualTo(1);
            DeadLetters dead = rig.inbox.deadLetters();
            assertThat(dead.count()).isEqualTo(1);
            assertThat(dead.list(10)).singleElement().satisfies(d -> {
                assertThat(d.dedupeKey()).isEqualTo(KEY);
                assertThat(d.msgType()).isEqualTo("text");
                assertThat(d.attempts()).isEqualTo(3);
            });

            try (Application app = Application.start(port, r -> "success")) {
                clock.now = clock.now.plusSeconds(3);
                rig.inbox.redeliverNow();
                assertThat(app.received).as("a dead letter is not retried").isEmpty();

                assertThat(dead.requeue("msg:0")).as("no such dead letter").isFalse();
                assertThat(dead.requeue(KEY)).isTrue();
                assertThat(dead.requeue(KEY)).as("no longer dead").isFalse();
                assertThat(rig.inbox.redeliverNow()).isEqualTo(1);
                assertThat(app.received).hasSize(1);
                assertThat(app.received.get(0).header("X-Wxmass-Attempt")).as("attempts count again from the requeue").isEqualTo("1");
                assertThat(rig.store().find(KEY).orElseThrow().forwardState()).contains(InboxStore.DELIVERED);
                assertThat(dead.count()).isZero();
            }
        }
    }

    @Test
    void messageQueuedLongerThanTheAgeBound_becomesDead_andRequeueAllGivesItAFreshAge() throws Exception {
        int port = freePort();
        MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
        ForwardSettings settings = settings(port).withGiveUp(new GiveUp(1_000, Duration.ofHours(1)));
        try (InboxRig rig = new InboxRig(Dialect.SQLITE, folder, b -> b.forward(settings).clock(clock))) {
            assertThat(rig.push(InboxRig.fixture("user-text.xml")).body()).isEqualTo("success");
            clock.now = clock.now.plus(Duration.ofMinutes(59));
            rig.inbox.redeliverNow();
            assertThat(rig.store().find(KEY).orElseThrow().forwardState()).as("59 minutes: still pending").contains(InboxStore.PENDING);

            clock.now = clock.now.plus(Duration.ofHours(2));
            rig.inbox.redeliverNow();
            assertThat(rig.store().find(KEY).orElseThrow().forwardState()).contains(InboxStore.DEAD);

            assertThat(rig.inbox.deadLetters().requeueAll()).isEqualTo(1);
            rig.inbox.redeliverNow(); // the application is still down: one more failed attempt, but not dead
            assertThat(rig.store().find(KEY).orElseThrow().forwardState()).as("the age counts from the requeue").contains(InboxStore.PENDING);
        }
    }

    /** The redelivery loop's own timer stays out of the way (a tick of an hour): the tests drive the rounds. */
    private static ForwardSettings settings(int port) {
        return ForwardSettings.of(URI.create("http://127.0.0.1:" + port + "/wx/messages"), ForwardFormat.XML, InboxForwardTest.KEY)
                .withDeadline(Duration.ofSeconds(2)).withRedelivery(new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)), Duration.ofHours(1));
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
