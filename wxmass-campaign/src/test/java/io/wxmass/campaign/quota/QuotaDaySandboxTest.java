package io.wxmass.campaign.quota;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's sendall+send quota as the sandbox keeps it (3 a day here, turning at 00:00 Asia/Shanghai on its
 * clock): batches beyond it wait DEFERRED, never FAILED, and go out once the platform's day has turned.
 */
class QuotaDaySandboxTest {
    /** 23:58 in Beijing. */
    private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-03-02T15:58:00Z");
    private static final LocalDate OLD_DAY = LocalDate.parse("2026-03-02");
    private static final LocalDate NEW_DAY = LocalDate.parse("2026-03-03");

    @TempDir
    Path folder;

    private static SandboxRig rig(Path folder) throws Exception {
        return new SandboxRig(folder, 30, FaultPlan.none(), new SandboxRig.Options()
                .rules(RuleSettings.defaults().withDailyMassCalls(3)).start(BEFORE_MIDNIGHT).batchSize(2));
    }

    private static Campaign planned(SandboxRig rig, List<String> openIds) {
        return rig.plannedText("good night", openIds);
    }

    private static LocalDate dayOf(SandboxRig rig, long msgId) {
        MassJob job = rig.sandbox.admin().job(SandboxRig.APP_ID, msgId).orElseThrow();
        return QuotaCalendar.day(job.createdAt());
    }

    @Test
    void campaignStraddlingMidnight_spendsTheOldDaysLastCallAndTheNewDaysFirst() throws Exception {
        try (SandboxRig rig = rig(folder)) {
            // Two of the day's three calls are spent elsewhere.
            for (int i = 0; i < 2; i++) {
                rig.wx.mass().send(MassMessage.text("earlier " + i), Audience.openIds(rig.followers(20 + 2 * i, 22 + 2 * i)),
                        SendOptions.withClientMsgId("earlier-" + i));
            }
            Campaign c = planned(rig, rig.followers(0, 6)); // 3 batches of 2

            CampaignTotals first = rig.service.run(c.id());

            assertThat(first.batchesIn(BatchState.SUBMITTED) + first.batchesIn(BatchState.FINISHED)).isEqualTo(1);
            assertThat(first.batchesIn(BatchState.DEFERRED)).isEqualTo(2);
            assertThat(first.batchesIn(BatchState.FAILED)).isZero();
            List<Batch> deferred = rig.service.batches(c.id()).stream().filter(b -> b.state() == BatchState.DEFERRED).toList();
            assertThat(deferred).allSatisfy(b -> assertThat(b.notBefore())
                    .isEqualTo(NEW_DAY.atStartOfDay(QuotaCalendar.PLATFORM_ZONE).toInstant()));
            assertThat(rig.sandbox.admin().requests("/cgi-bin/message/mass/send")).as("no call beyond the quota").isEqualTo(3);

            rig.clock.advance(Duration.ofMinutes(3)); // 00:01 the next day
            CampaignTotals second = rig.service.run(c.id());
            rig.awaitIdle();

            assertThat(second.batchesIn(BatchState.DEFERRED)).isZero();
            assertThat(second.batchesIn(BatchState.FAILED)).isZero();
            List<Batch> batches = rig.service.batches(c.id());
            assertThat(dayOf(rig, batches.get(0).msgId().orElseThrow())).isEqualTo(OLD_DAY);
            assertThat(dayOf(rig, batches.get(1).msgId().orElseThrow())).isEqualTo(NEW_DAY);
            assertThat(dayOf(rig, batches.get(2).msgId().orElseThrow())).isEqualTo(NEW_DAY);
            Set<Long> jobs = rig.msgIds(c.id());
            assertThat(jobs).hasSize(3);
            for (String openId : rig.followers(0, 6)) {
                assertThat(rig.copies(openId, jobs)).isEqualTo(1);
            }
        }
    }

    @Test
    void outlook_givesBatchesPerDayAndTheEta_fromQuotaGet() throws Exception {
        try (SandboxRig rig = rig(folder)) {
            rig.wx.mass().send(MassMessage.text("earlier"), Audience.openIds(rig.followers(20, 22)),
                    SendOptions.withClientMsgId("earlier"));
            Campaign c = planned(rig, rig.followers(0, 14)); // 7 batches; 2 calls left today, then 3 a day

            QuotaOutlook outlook = rig.service.outlook(c.id());

            assertThat(outlook.fromPlatform()).isTrue();
            QuotaSchedule s = outlook.schedule();
            assertThat(s.pending()).isEqualTo(7);
            assertThat(s.remainToday()).isEqualTo(2);
            assertThat(s.dailyLimit()).isEqualTo(3);
            assertThat(s.days()).extracting(QuotaSchedule.Day::batches).containsExactly(2, 3, 2);
            assertThat(s.daysNeeded()).isEqualTo(3);
            assertThat(s.eta()).isEqualTo(NEW_DAY.plusDays(1).atStartOfDay(QuotaCalendar.PLATFORM_ZONE).toInstant());
            assertThat(rig.sandbox.admin().requests("/cgi-bin/message/mass/send")).as("planning sends nothing").isEqualTo(1);
        }
    }

    @Test
    void outlook_countsOpenIdsAlreadyAtTheMonthlyCapFromThisStoresCampaigns() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 30, FaultPlan.none(), new SandboxRig.Options().batchSize(2))) {
            for (int i = 0; i < 4; i++) {
                Campaign earlier = planned(rig, rig.followers(0, 2));
                rig.service.run(earlier.id());
                rig.clock.advance(Duration.ofMinutes(2));
            }
            Campaign c = planned(rig, rig.followers(0, 6));

            QuotaOutlook outlook = rig.service.outlook(c.id());

            assertThat(outlook.atMonthlyCap()).isEqualTo(2);
            assertThat(outlook.perUserMonth()).isEqualTo(4);
        }
    }

    @Test
    void sendToAll_afterTheMonthsFourHistorySends_isDeferredToNextMonth_withoutACall() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            for (int i = 0; i < 4; i++) {
                Campaign c = rig.service.create(CampaignSpec.builder("all " + i, MassMessage.text("to all " + i),
                        AudienceSpec.all()).build());
                rig.service.approve(c.id(), Fixtures.APPROVER);
                rig.service.run(c.id());
                assertThat(rig.service.batches(c.id()).get(0).msgId()).isPresent();
            }
            long posts = rig.sandbox.admin().requests("/cgi-bin/message/mass/sendall");
            Campaign fifth = rig.service.create(CampaignSpec.builder("all 4", MassMessage.text("to all 4"),
                    AudienceSpec.all()).build());
            rig.service.approve(fifth.id(), Fixtures.APPROVER);
            assertThat(rig.service.outlook(fifth.id()).toAllBlocked()).isTrue();

            rig.service.run(fifth.id());

            Batch batch = rig.service.batches(fifth.id()).get(0);
            assertThat(batch.state()).isEqualTo(BatchState.DEFERRED);
            assertThat(batch.deferredFor()).hasValue("MONTH");
            assertThat(batch.notBefore()).isEqualTo(QuotaCalendar.nextMonth(rig.clock.instant()));
            assertThat(rig.sandbox.admin().requests("/cgi-bin/message/mass/sendall")).isEqualTo(posts);
        }
    }
}
