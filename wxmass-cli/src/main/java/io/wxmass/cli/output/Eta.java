package io.wxmass.cli.output;

import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The time left, from the rate since the first update: the first update may already be far along (a
 * resumed export), so the rate counts only the work done in this run.
 */
final class Eta {
    private final LongSupplier nanoTime;
    private long startNanos;
    private long startDone = -1;

    Eta(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** "ETA 1m05s", or empty until there is a rate to go by (and once everything is done). */
    Optional<String> after(long done, long total) {
        long now = nanoTime.getAsLong();
        if (startDone < 0) {
            startDone = done;
            startNanos = now;
            return Optional.empty();
        }
        long progressed = done - startDone;
        if (progressed <= 0 || done >= total) {
            return Optional.empty();
        }
        long seconds = (long) Math.ceil((now - startNanos) / 1e9 * (total - done) / progressed);
        return Optional.of("ETA " + format(seconds));
    }

    static String format(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
        }
        return seconds / 3600 + "h" + String.format("%02d", seconds % 3600 / 60) + "m";
    }
}
