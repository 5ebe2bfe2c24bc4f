package io.wxmass.campaign.quota;

/**
 * The account's quotas where the platform does not report them.
 *
 * @param dailyLimit    sendall+send calls a day when quota/get does not answer (a verified service account: 100)
 * @param toAllPerMonth accepted is_to_all sends a month (a service account: 4)
 * @param perUserMonth  mass messages a follower may receive a month (a service account: 4), for the cap forecast
 */
public record QuotaSettings(int dailyLimit, int toAllPerMonth, int perUserMonth) {
    public static final QuotaSettings SERVICE_ACCOUNT = new QuotaSettings(100, 4, 4);

    public QuotaSettings {
        if (dailyLimit < 1 || toAllPerMonth < 1 || perUserMonth < 1) {
            throw new IllegalArgumentException("quota settings must be positive: " + dailyLimit + ", " + toAllPerMonth
                    + ", " + perUserMonth);
        }
    }

    public QuotaSettings withDailyLimit(int limit) {
        return new QuotaSettings(limit, toAllPerMonth, perUserMonth);
    }
}
