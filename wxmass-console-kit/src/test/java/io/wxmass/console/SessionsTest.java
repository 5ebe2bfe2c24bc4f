package io.wxmass.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-02T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final Sessions<String> sessions = new Sessions<>("test_session", clock);

    private static String cookieOf(Sessions.Session<?> s) {
        return "other=1; test_session=" + s.id + "; lang=zh";
    }

    @Test
    void find_whenTheCookieNamesALiveSession_returnsIt_andAnUnknownIdFindsNothing() {
        Sessions.Session<String> s = sessions.anonymous();
        assertThat(sessions.find(cookieOf(s))).containsSame(s);
        assertThat(sessions.find("test_session=forged")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void session_idleLongerThanIdle_isEnded_butOneUsedInTime_lives() {
        Sessions.Session<String> used = sessions.signIn(sessions.anonymous(), "alice");
        Sessions.Session<String> idle = sessions.signIn(sessions.anonymous(), "bob");
        clock.now = clock.now.plus(Sessions.IDLE.minusMinutes(1));
        assertThat(sessions.find(cookieOf(used))).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(sessions.find(cookieOf(used))).as("seen a minute ago").isPresent();
        assertThat(sessions.find(cookieOf(idle))).as("idle 31 minutes").isEmpty();
    }

    @Test
    void session_olderThanLifetime_isEnded_evenIfUsedAllAlong() {
        Sessions.Session<String> s = sessions.signIn(sessions.anonymous(), "alice");
        for (Duration d = Duration.ZERO; d.compareTo(Sessions.LIFETIME) < 0; d = d.plus(Sessions.IDLE.dividedBy(2))) {
            clock.now = clock.now.plus(Sessions.IDLE.dividedBy(2));
            if (d.plus(Sessions.IDLE.dividedBy(2)).compareTo(Sessions.LIFETIME) <= 0) {
                assertThat(sessions.find(cookieOf(s))).isPresent();
            }
        }
        clock.now = clock.now.plusSeconds(1);
        assertThat(sessions.find(cookieOf(s))).isEmpty();
    }

    @Test
    void signIn_givesAFreshIdAndCsrfToken_andTheOldIdIsWorthNothing() {
        Sessions.Session<String> before = sessions.anonymous();
        Sessions.Session<String> after = sessions.signIn(before, "alice");
        assertThat(after.id).isNotEqualTo(before.id);
        assertThat(after.csrf).isNotEqualTo(before.csrf);
        assertThat(after.principal).contains("alice");
        assertThat(before.signedIn()).isFalse();
        assertThat(sessions.find(cookieOf(before))).isEmpty();
        sessions.end(after);
        assertThat(sessions.find(cookieOf(after))).isEmpty();
    }

    @Test
    void csrfMatches_onlyTheSessionsOwnToken() {
        Sessions.Session<String> s = sessions.anonymous();
        assertThat(s.csrfMatches(s.csrf)).isTrue();
        assertThat(s.csrfMatches(null)).isFalse();
        assertThat(s.csrfMatches("")).isFalse();
        assertThat(s.csrfMatches(s.csrf.substring(1))).isFalse();
        assertThat(s.csrfMatches(sessions.anonymous().csrf)).isFalse();
        assertThat(s.csrfField()).contains("name=\"csrf\"", "value=\"" + s.csrf + "\"");
    }

    @Test
    void table_whenFull_dropsTheLongestIdle_notTheNewest() {
        Sessions.Session<String> oldest = sessions.anonymous();
        clock.now = clock.now.plusSeconds(1);
        Sessions.Session<String> second = sessions.anonymous();
        for (int i = 2; i < Sessions.MAX; i++) {
            sessions.anonymous();
        }
        clock.now = clock.now.plusSeconds(1);
        Sessions.Session<String> newest = sessions.anonymous();
        assertThat(sessions.find(cookieOf(oldest))).isEmpty();
        assertThat(sessions.find(cookieOf(second))).isPresent();
        assertThat(sessions.find(cookieOf(newest))).isPresent();
    }

    @Test
    void cookies_areHttpOnlyAndSameSiteStrict_andClearingExpiresThem() {
        Sessions.Session<String> s = sessions.anonymous();
        assertThat(sessions.setCookie(s)).isEqualTo("test_session=" + s.id + "; Path=/; HttpOnly; SameSite=Strict");
        assertThat(sessions.clearCookie()).startsWith("test_session=;").contains("Max-Age=0", "HttpOnly");
        assertThat(s.takeFlash()).isNull();
        s.flash = "changed";
        assertThat(s.takeFlash()).isEqualTo("changed");
        assertThat(s.takeFlash()).as("shown once").isNull();
    }
}
