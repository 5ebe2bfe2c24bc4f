package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.AccountType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.wxmass.sandbox.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Permissions, history quota, minute rate and daily limits as units, on a fixed clock. */
class AccountRulesTest {
    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-11T02:00:00Z"));

    private Account account(AccountType type, boolean verified) {
        return new Account("wx" + type + verified, "s", type, verified, 10, clock);
    }

    @Test
    void permissions_unverifiedRefusedEverywhere_subscriptionRefusedSendOnly() {
        assertRefused(() -> Permissions.check(account(AccountType.SERVICE, false), MassEndpoint.GET), 48001);
        assertRefused(() -> Permissions.check(account(AccountType.SUBSCRIPTION, true), MassEndpoint.SEND), 48001);
        assertThatCode(() -> Permissions.check(account(AccountType.SUBSCRIPTION, true), MassEndpoint.SENDALL)).doesNotThrowAnyException();
        assertThatCode(() -> Permissions.check(account(AccountType.SERVICE, true), MassEndpoint.SEND)).doesNotThrowAnyException();
    }

    @Test
    void historyQuota_subscriptionOneSendallADay() {
        HistoryQuota quota = new HistoryQuota(clock);
        Account sub = account(AccountType.SUBSCRIPTION, true);
        quota.check(sub, MassEndpoint.SENDALL, false);
        quota.record(sub, MassEndpoint.SENDALL, false);
        assertRefused(() -> quota.check(sub, MassEndpoint.SENDALL, true), 45028);
        clock.advance(Duration.ofDays(1));
        assertThatCode(() -> quota.check(sub, MassEndpoint.SENDALL, true)).doesNotThrowAnyException();
    }

    @Test
    void historyQuota_serviceFourToAllAMonth_tagSendsFree() {
        HistoryQuota quota = new HistoryQuota(clock);
        Account svc = account(AccountType.SERVICE, true);
        for (int i = 0; i < 4; i++) {
            quota.check(svc, MassEndpoint.SENDALL, true);
            quota.record(svc, MassEndpoint.SENDALL, true);
            quota.record(svc, MassEndpoint.SENDALL, false);
        }
        assertRefused(() -> quota.check(svc, MassEndpoint.SENDALL, true), 45028);
        assertThatCode(() -> quota.check(svc, MassEndpoint.SENDALL, false)).doesNotThrowAnyException();
        clock.advance(Duration.ofDays(31));
        assertThatCode(() -> quota.check(svc, MassEndpoint.SENDALL, true)).doesNotThrowAnyException();
    }

    @Test
    void rollingRate_61stWithinAMinuteRefused_windowRolls() {
        RollingRate rate = new RollingRate(clock, 60);
        for (int i = 0; i < 30; i++) {
            rate.acquire("a");
        }
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 30; i++) {
            rate.acquire("a");
        }
        assertRefused(() -> rate.acquire("a"), 45009);
        assertThatCode(() -> rate.acquire("b")).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(30)); // the first 30 leave the window
        for (int i = 0; i < 30; i++) {
            rate.acquire("a");
        }
        assertRefused(() -> rate.acquire("a"), 45009);
    }

    @Test
    void dailyLimit_refusesBeyondTheLimitUntilTomorrow() {
        DailyLimit daily = new DailyLimit(clock, 2);
        daily.acquire("a");
        daily.acquire("a");
        assertRefused(() -> daily.acquire("a"), 45009);
        clock.advance(Duration.ofDays(1));
        assertThatCode(() -> daily.acquire("a")).doesNotThrowAnyException();
    }

    @Test
    void dailyLimit_countsPerAccount() {
        DailyLimit limit = new DailyLimit(clock, 1);
        limit.acquire("a");
        assertThatCode(() -> limit.acquire("b")).doesNotThrowAnyException();
        assertRefused(() -> limit.acquire("a"), 45009);
        assertThat(limit.usedToday("a")).isEqualTo(1);
    }
}
