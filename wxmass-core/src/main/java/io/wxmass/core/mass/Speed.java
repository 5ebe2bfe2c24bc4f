package io.wxmass.core.mass;

/**
 * The mass-send speed: {@code level} 0 (fastest) to 4 (slowest), and {@code realSpeed} in units
 * of 10,000 users per minute (0→80, 1→60, 2→45, 3→30, 4→10 per the documented table).
 */
public record Speed(int level, long realSpeed) {
    public static final int MIN_LEVEL = 0;
    public static final int MAX_LEVEL = 4;
}
