package io.wxmass.campaign.quota;

import io.wxmass.campaign.store.QuotaLedger;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.quota.ApiQuota;
import io.wxmass.core.quota.QuotaApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an account may spend a sendall+send call now, and of the month's is_to_all sends. The platform's
 * own counter (quota/get) is asked before the first send of a day and after any 45009 and trusted where it
 * answers; between two asks, the calls the ledger counted since (by any worker on the store) are taken off.
 * Where quota/get does not answer, the ledger and the configured daily limit decide.
 */
public final class QuotaGate {
    private static final Logger LOG = LoggerFactory.getLogger(QuotaGate.class);

    private final QuotaApi quota;
    private final QuotaLedger ledger;
    private final String appId;
    private final Clock clock;
    private final QuotaSettings settings;
    private Report report;

    /** What quota/get (or the ledger) said, and the ledger's count at that moment. */
    private record Report(LocalDate day, long remain, long dailyLimit, long ledgerAtReport, boolean fromPlatform,
                          Instant at) {
    }

    public QuotaGate(QuotaApi quota, QuotaLedger ledger, String appId, Clock clock, QuotaSettings settings) {
        this.quota = Objects.requireNonNull(quota, "quota");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.appId = Objects.requireNonNull(appId, "appId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** sendall+send calls left today: the last report less what the ledger counted since. */
    public synchronized long remainToday() {
        LocalDate today = QuotaCalendar.day(clock.instant());
        if (report == null || !report.day().equals(today)) {
            refresh();
        }
        return Math.max(0, report.remain() - (callsToday() - report.ledgerAtReport()));
    }

    /** The account's daily sendall+send limit as last reported (the configured one where quota/get is silent). */
    public synchronized long dailyLimit() {
        if (report == null) {
            refresh();
        }
        return report.dailyLimit();
    }

    /** Whether the figures come from quota/get (else the store's ledger and the configured limit). */
    public synchronized boolean reportedByPlatform() {
        if (report == null) {
            refresh();
        }
        return report.fromPlatform();
    }

    /** Asks quota/get again: before the first send of a day, after a 45009. */
    public synchronized void refresh() {
        Instant now = clock.instant();
        long counted = callsToday();
        Optional<ApiQuota> answer = ask();
        report = answer.map(q -> new Report(QuotaCalendar.day(now), q.remain(), q.dailyLimit(), counted, true, now))
                .orElseGet(() -> new Report(QuotaCalendar.day(now), Math.max(0, settings.dailyLimit() - counted),
                        settings.dailyLimit(), counted, false, now));
    }

    /** Asks quota/get again unless it answered within {@code maxAge}: for a resident worker's every round. */
    public synchronized void refreshIfOlderThan(Duration maxAge) {
        if (report == null || !report.at().plus(maxAge).isAfter(clock.instant())) {
            refresh();
        }
    }

    /** Counts one sendall or send that reached (or may have reached) the platform. */
    public void recordCall() {
        ledger.increment(appId, QuotaLedger.MASS_DAY, QuotaCalendar.day(clock.instant()).toString());
    }

    /** Counts one accepted is_to_all send against the month's history quota. */
    public void recordToAll() {
        ledger.increment(appId, QuotaLedger.TO_ALL_MONTH, QuotaCalendar.month(clock.instant()).toString());
    }

    /** Whether another is_to_all send fits this month's history quota, by the ledger. */
    public boolean toAllAllowed() {
        return toAllThisMonth() < settings.toAllPerMonth();
    }

    public long toAllThisMonth() {
        return ledger.calls(appId, QuotaLedger.TO_ALL_MONTH, QuotaCalendar.month(clock.instant()).toString());
    }

    public QuotaSettings settings() {
        return settings;
    }

    private long callsToday() {
        return ledger.calls(appId, QuotaLedger.MASS_DAY, QuotaCalendar.day(clock.instant()).toString());
    }

    private Optional<ApiQuota> ask() {
        try {
            return Optional.of(quota.get(Endpoints.MASS_SENDALL));
        } catch (WxMassException e) {
            LOG.info("quota/get did not answer ({}); the store's ledger decides", e.getMessage());
            return Optional.empty();
        }
    }
}
