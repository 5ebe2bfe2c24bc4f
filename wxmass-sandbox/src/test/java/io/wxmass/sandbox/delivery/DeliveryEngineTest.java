package io.wxmass.sandbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.push.PushService;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery driven by hand ({@code deliverDue}) on a sandbox clock that only moves when told to. */
class DeliveryEngineTest {
    static final String APP = "wx5823bf96d3bd56c7";
    static final Instant START = Instant.parse("2026-03-10T08:00:00Z");

    private final SandboxClock clock = SandboxClock.fixed(START);
    private final PushService push = new PushService(clock, HttpClient.newHttpClient(), FaultPlan.none());
    private final DeliveryEngine engine = new DeliveryEngine(clock, push, null);
    private final Followers followers = Followers.of(APP, 50);

    @AfterEach
    void stop() {
        engine.close();
        push.close();
    }

    @Test
    void submit_returnsAtOnceWithTheJobSending() {
        MassJob job = engine.submit(spec(1, Recipients.all(50), true));

        assertThat(job.status()).isEqualTo(JobStatus.SENDING);
        assertThat(job.sentCount()).isZero();
        assertThat(job.finishedAt()).isNull();
        assertThat(engine.find(APP, 1)).containsSame(job);
    }

    @Test
    void inbox_eachRecipientHasExactlyOneCopyPerJob() {
        engine.submit(spec(1, Recipients.of(new int[] {3, 5, 3, 7, 5}), true));
        engine.submit(spec(2, Recipients.all(50), true));
        engine.deliverDue();

        for (int i = 0; i < 50; i++) {
            List<Long> msgIds = engine.inbox(APP, followers.openId(i)).stream().map(InboxEntry::msgId).toList();
            if (i == 3 || i == 5 || i == 7) {
                assertThat(msgIds).as("follower %d", i).containsExactlyInAnyOrder(1L, 2L);
            } else {
                assertThat(msgIds).as("follower %d", i).containsExactly(2L);
            }
        }
        assertThat(engine.find(APP, 1).orElseThrow().totalCount()).isEqualTo(3);
        assertThat(engine.inbox(APP, followers.openId(3))).allSatisfy(e -> {
            assertThat(e.deliveredAt()).isEqualTo(START);
            assertThat(e.msgType()).isEqualTo("text");
        });
    }

    @Test
    void inbox_unknownOpenIdIsEmpty() {
        engine.submit(spec(1, Recipients.all(50), true));
        engine.deliverDue();

        assertThat(engine.inbox(APP, "oNotAFollowerOfThisAccount00")).isEmpty();
        assertThat(engine.inbox("wxOtherAccount", followers.openId(0))).isEmpty();
    }

    @Test
    void delivery_followerAlreadyCappedThisMonth_isFilteredAndReceivesNothing() {
        YearMonth month = YearMonth.now(clock);
        for (int n = 0; n < Followers.MONTHLY_CAP; n++) {
            followers.tryReceive(4, month);
            followers.tryReceive(9, month);
        }

        MassJob job = engine.submit(spec(1, Recipients.of(new int[] {2, 4, 6, 9}), true));
        engine.deliverDue();

        assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        assertThat(job.totalCount()).isEqualTo(4);
        assertThat(job.filterCount()).isEqualTo(2);
        assertThat(job.sentCount()).isEqualTo(2);
        assertThat(job.errorCount()).isZero();
        assertThat(engine.inbox(APP, followers.openId(4))).isEmpty();
        assertThat(engine.inbox(APP, followers.openId(9))).isEmpty();
        assertThat(engine.inbox(APP, followers.openId(6))).hasSize(1);
        assertThat(followers.receivedIn(6, month)).isEqualTo(1);
    }

    @Test
    void delivery_fifthJobInOneMonth_isFilteredForEveryoneUntilNextMonth() {
        for (long msgId = 1; msgId <= 5; msgId++) {
            engine.submit(spec(msgId, Recipients.all(50), true));
            engine.deliverDue();
        }
        clock.advance(Duration.ofDays(31));
        engine.submit(spec(6, Recipients.all(50), true));
        engine.deliverDue();

        assertThat(engine.find(APP, 5).orElseThrow().filterCount()).isZero();
        assertThat(engine.find(APP, 6).orElseThrow().sentCount()).isEqualTo(50);
        assertThat(engine.inbox(APP, followers.openId(0))).extracting(InboxEntry::msgId)
                .containsExactly(1L, 2L, 3L, 4L, 6L);
    }

    @Test
    void delivery_refusingVerdict_failsTheJobWithoutDeliveringOrCounting() {
        JobSpec refused = new JobSpec(1, APP, followers, Recipients.all(50), "mpnews", true, 2, 0, true,
                Verdict.refused(10001, 1, List.of()), null);

        MassJob job = engine.submit(refused);
        engine.deliverDue();

        assertThat(job.status()).isEqualTo(JobStatus.SEND_FAIL);
        assertThat(job.pushStatus()).isEqualTo("err(10001)");
        assertThat(job.totalCount()).isEqualTo(50);
        assertThat(job.filterCount()).isZero();
        assertThat(job.sentCount()).isZero();
        assertThat(job.articleUrls()).isEmpty();
        assertThat(engine.inbox(APP, followers.openId(0))).isEmpty();
        assertThat(followers.receivedIn(0, YearMonth.now(clock))).isZero();
    }

    @Test
    void delivery_pacedJob_deliversSpeedTimesElapsedSandboxTime() {
        Followers many = Followers.of(APP, 10_000);
        // speed 4 = 100,000 a minute: 3 seconds of sandbox time carry exactly 5,000 recipients.
        MassJob job = engine.submit(new JobSpec(1, APP, many, Recipients.all(10_000), "text", true, 0, 4, false,
                Verdict.clean(), null));

        engine.deliverDue();
        assertThat(job.sentCount()).isZero();

        clock.advance(Duration.ofSeconds(3));
        engine.deliverDue();
        assertThat(job.sentCount()).isEqualTo(5_000);
        assertThat(job.status()).isEqualTo(JobStatus.SENDING);

        clock.advance(Duration.ofSeconds(3));
        engine.deliverDue();
        assertThat(job.sentCount()).isEqualTo(10_000);
        assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        assertThat(job.finishedAt()).isEqualTo(START.plusSeconds(6));
        assertThat(engine.inbox(APP, many.openId(4_999)).get(0).deliveredAt()).isEqualTo(START.plusSeconds(3));
        assertThat(engine.inbox(APP, many.openId(5_000)).get(0).deliveredAt()).isEqualTo(START.plusSeconds(6));
    }

    @Test
    void delivery_jobThatBreaks_endsSendFailWithoutStallingOtherJobs() {
        // Follower 99 does not exist among 50: the follower counters refuse it mid-delivery.
        MassJob broken = engine.submit(spec(1, Recipients.of(new int[] {0, 99}), true));
        MassJob fine = engine.submit(spec(2, Recipients.all(50), true));

        engine.deliverDue();

        assertThat(broken.status()).isEqualTo(JobStatus.SEND_FAIL);
        assertThat(broken.pushStatus()).isEqualTo("send fail");
        assertThat(broken.finishedAt()).isEqualTo(START);
        assertThat(fine.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        assertThat(fine.sentCount()).isEqualTo(50);
    }

    @Test
    void due_followsTheSpeedTable() {
        int[] perMinute = {800_000, 600_000, 450_000, 300_000, 100_000};
        for (int speed = 0; speed <= 4; speed++) {
            JobSpec spec = new JobSpec(1, APP, followers, Recipients.all(2_000_000), "text", true, 0, speed, false,
                    Verdict.clean(), null);
            assertThat(DeliveryEngine.due(spec, START, START.plusSeconds(60))).as("speed %d", speed)
                    .isEqualTo(perMinute[speed]);
            assertThat(Speed.realSpeed(speed)).isEqualTo(perMinute[speed] / 10_000);
        }
        assertThatThrownBy(() -> Speed.realSpeed(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void delivery_instantJob_deliversEveryoneOnTheFirstTick() {
        MassJob job = engine.submit(new JobSpec(1, APP, followers, Recipients.all(50), "text", true, 0, 4, true,
                Verdict.clean(), null));

        engine.deliverDue();

        assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        assertThat(job.sentCount()).isEqualTo(50);
    }

    @Test
    void articleUrls_onlyForSuccessfulMpnewsJobs() {
        MassJob news = engine.submit(new JobSpec(1, APP, followers, Recipients.all(50), "mpnews", true, 3, 0, true,
                Verdict.clean(), null));
        MassJob text = engine.submit(spec(2, Recipients.all(50), true));
        assertThat(news.articleUrls()).as("not yet sent").isEmpty();

        engine.deliverDue();

        assertThat(news.articleUrls()).hasSize(3).doesNotHaveDuplicates()
                .allMatch(u -> u.matches("http://mp\\.weixin\\.qq\\.com/s/[A-Za-z0-9_-]{22}"));
        assertThat(text.articleUrls()).isEmpty();
        assertThat(engine.findByArticleUrl(APP, news.articleUrls().get(1))).containsSame(news);
    }

    @Test
    void markDeleted_setsDeleteAndKeepsWhatArrived() {
        MassJob job = engine.submit(new JobSpec(1, APP, followers, Recipients.all(50), "mpnews", true, 1, 0, true,
                Verdict.clean(), null));
        engine.deliverDue();

        job.markDeleted();

        assertThat(engine.find(APP, 1).orElseThrow().status()).isEqualTo(JobStatus.DELETE);
        assertThat(engine.inbox(APP, followers.openId(0))).hasSize(1);
    }

    @Test
    void submit_sameMsgIdTwice_isRefused() {
        engine.submit(spec(1, Recipients.all(50), true));

        assertThatThrownBy(() -> engine.submit(spec(1, Recipients.all(50), true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("msgId 1");
    }

    @Test
    void jobs_listsTheAccountsJobsOldestFirst() {
        engine.submit(spec(9, Recipients.all(50), true));
        clock.advance(Duration.ofSeconds(1));
        engine.submit(spec(3, Recipients.all(50), true));

        assertThat(engine.jobs(APP)).extracting(MassJob::msgId).containsExactly(9L, 3L);
        assertThat(engine.jobs("wxOther")).isEmpty();
    }

    @Test
    void backgroundTicker_deliversWithoutBeingDriven() throws InterruptedException {
        try (DeliveryEngine ticking = new DeliveryEngine(clock, push)) {
            MassJob job = ticking.submit(spec(1, Recipients.all(50), true));

            assertThat(ticking.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        }
    }

    private JobSpec spec(long msgId, Recipients recipients, boolean instant) {
        return new JobSpec(msgId, APP, followers, recipients, "text", recipients instanceof Recipients.All, 0, 0,
                instant, Verdict.clean(), null);
    }
}
