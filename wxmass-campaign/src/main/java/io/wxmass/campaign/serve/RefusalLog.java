package io.wxmass.campaign.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs refused requests at a bounded rate: at most {@value #PER_WINDOW} lines per reason per minute,
 * then one line saying how many more were refused. A flood of forged pushes or junk requests cannot
 * fill the disk, and an operator still sees that it happened and why.
 */
final class RefusalLog {
    static final int PER_WINDOW = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);

    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    RefusalLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A refusal the client caused (4xx): WARN. */
    void refuse(String reason, String detail) {
        write(reason, detail, false);
    }

    /** A request that failed on our side or must be retried by the platform (5xx): ERROR. */
    void fail(String reason, String detail) {
        write(reason, detail, true);
    }

    private void write(String reason, String detail, boolean error) {
        Counter counter = counters.computeIfAbsent(reason, k -> new Counter());
        long suppressed;
        synchronized (counter) {
            Instant now = clock.instant();
            if (counter.windowStart == null || !now.isBefore(counter.windowStart.plus(WINDOW))) {
                suppressed = counter.suppressed;
                counter.windowStart = now;
                counter.logged = 0;
                counter.suppressed = 0;
            } else {
                suppressed = 0;
            }
            if (counter.logged >= PER_WINDOW) {
                counter.suppressed++;
                return;
            }
            counter.logged++;
        }
        String more = suppressed > 0 ? " (" + suppressed + " more '" + reason + "' refusals were not logged in the last minute)" : "";
        if (error) {
            log.error("{}: {}{}", reason, detail, more);
        } else {
            log.warn("refused ({}): {}{}", reason, detail, more);
        }
    }

    private static final class Counter {
        Instant windowStart;
        int logged;
        long suppressed;
    }
}
