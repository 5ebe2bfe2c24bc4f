package io.wxmass.sandbox.delivery;

/**
 * The mass speed table of docs/platform.md §1.10 / docs/platform.md D2: level 0..4 → 80, 60, 45, 30, 10 万 (×10,000)
 * recipients per minute.
 */
public final class Speed {
    private static final int[] REAL_SPEED_WAN = {80, 60, 45, 30, 10};

    private Speed() {
    }

    /** {@code realspeed} as speed/get answers it, in 万/minute. */
    public static int realSpeed(int level) {
        if (level < 0 || level >= REAL_SPEED_WAN.length) {
            throw new IllegalArgumentException("speed must be within 0..4, was " + level);
        }
        return REAL_SPEED_WAN[level];
    }

    /** Recipients per minute at {@code level}. */
    public static long perMinute(int level) {
        return realSpeed(level) * 10_000L;
    }
}
