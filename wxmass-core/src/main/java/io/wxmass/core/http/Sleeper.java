package io.wxmass.core.http;

import java.time.Duration;

/**
 * Waits for a duration. Injected wherever the SDK pauses (backoff, rate limiting, 45066 windows)
 * so tests can advance a fake clock instead of sleeping for real.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps on the calling thread; zero or negative durations return at once. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };
}
