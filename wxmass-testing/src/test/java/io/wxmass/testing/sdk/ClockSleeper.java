package io.wxmass.testing.sdk;

import io.wxmass.core.http.Sleeper;
import io.wxmass.sandbox.clock.SandboxClock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SDK's waits (retry backoff, the mass rate limiter, the 45066 window) turned into moves of the clock
 * the SDK shares with the sandbox: a minute's wait costs no real time, and both sides see the same minute.
 * Every wait is remembered so a test can say how long the SDK chose to wait.
 */
final class ClockSleeper implements Sleeper {
    private final SandboxClock clock;
    private final Runnable beforeEachWait;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    ClockSleeper(SandboxClock clock) {
        this(clock, () -> { });
    }

    /** @param beforeEachWait runs as the SDK starts a wait, e.g. to let a faulty platform recover meanwhile */
    ClockSleeper(SandboxClock clock, Runnable beforeEachWait) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.beforeEachWait = Objects.requireNonNull(beforeEachWait, "beforeEachWait");
    }

    @Override
    public void sleep(Duration duration) {
        beforeEachWait.run();
        waits.add(duration);
        if (!duration.isNegative()) {
            clock.advance(duration);
        }
    }

    /** Every wait the SDK asked for, in order. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
