package io.wxmass.campaign.quota;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.QuotaLedger;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the quotas mean for one campaign: its schedule under the day's sendall+send quota, the month's
 * history quota before an is_to_all send, and the 4-a-month cap: how many of its openids already received
 * that many mass messages this month from this store's campaigns (the platform filters them, FilterCount).
 *
 * @param fromPlatform  whether today's remain came from quota/get (else from the store's ledger)
 * @param toAll         the campaign sends to all followers (is_to_all, counted against the history quota)
 * @param toAllThisMonth accepted is_to_all sends this month, by the ledger
 * @param atMonthlyCap  openids of the campaign already at the per-follower monthly cap
 */
public record QuotaOutlook(QuotaSchedule schedule, boolean fromPlatform, boolean toAll, long toAllThisMonth,
                           int toAllPerMonth, int atMonthlyCap, int perUserMonth) {
    public QuotaOutlook {
        Objects.requireNonNull(schedule, "schedule");
    }

    /** A send to all would be refused this month (45028): the history quota is spent. */
    public boolean toAllBlocked() {
        return toAll && toAllThisMonth >= toAllPerMonth;
    }

    /** From the store alone, without asking the platform: the ledger's count against the configured daily limit. */
    public static QuotaOutlook fromLedger(BatchStore batches, QuotaLedger ledger, String appId, String campaignId,
                                          QuotaSettings settings, Instant now) {
        long used = ledger.calls(appId, QuotaLedger.MASS_DAY, QuotaCalendar.day(now).toString());
        long toAll = ledger.calls(appId, QuotaLedger.TO_ALL_MONTH, QuotaCalendar.month(now).toString());
        return of(batches, campaignId, Math.max(0, settings.dailyLimit() - used), settings.dailyLimit(), false, toAll,
                settings, now);
    }

    public static QuotaOutlook of(BatchStore batches, String campaignId, long remainToday, long dailyLimit,
                                  boolean fromPlatform, long toAllThisMonth, QuotaSettings settings, Instant now) {
        int pending = batches.countPending(campaignId);
        QuotaSchedule schedule = QuotaSchedule.of(pending, remainToday, dailyLimit, now);
        boolean toAll = false;
        int atCap = 0;
        Map<String, Integer> received = null;
        for (Batch batch : batches.batches(campaignId)) {
            toAll |= batch.kind() == AudienceKind.ALL;
            if (batch.kind() != AudienceKind.OPENIDS) {
                continue;
            }
            if (received == null) {
                received = batches.receivedSince(QuotaCalendar.month(now).atDay(1)
                        .atStartOfDay(QuotaCalendar.PLATFORM_ZONE).toInstant(), campaignId);
                if (received.isEmpty()) {
                    break;
                }
            }
            for (String openId : batches.openIds(batch.key())) {
                if (received.getOrDefault(openId, 0) >= settings.perUserMonth()) {
                    atCap++;
                }
            }
        }
        return new QuotaOutlook(schedule, fromPlatform, toAll, toAllThisMonth, settings.toAllPerMonth(), atCap,
                settings.perUserMonth());
    }
}
