package io.wxmass.campaign.plan;

/**
 * How many sendall+send calls the account may make in a platform day: what the planner weighs a list
 * of batches against. The platform's figure for a verified service account is 100
 * (docs/platform.md §10.3); an account's real figure is on its console, or in {@code quota/get}.
 */
@FunctionalInterface
public interface SendAllowance {
    /** The figure of docs/platform.md §10.3 for sendall+send. */
    int PLATFORM_DAILY_SENDS = 100;

    SendAllowance PLATFORM_DEFAULT = fixed(PLATFORM_DAILY_SENDS);

    int sendsPerDay();

    static SendAllowance fixed(int sendsPerDay) {
        if (sendsPerDay < 1) {
            throw new IllegalArgumentException("sendsPerDay must be at least 1, was " + sendsPerDay);
        }
        return () -> sendsPerDay;
    }
}
