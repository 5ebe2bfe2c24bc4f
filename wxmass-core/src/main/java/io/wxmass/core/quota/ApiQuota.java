package io.wxmass.core.quota;

import java.util.Objects;
import java.util.Optional;

/**
 * One API's quota as {@code /cgi-bin/openapi/quota/get} reports it: the day's limit, what is used and
 * what remains (the platform's live counter, off by about 1%), and the per-period rate limit where given.
 */
public record ApiQuota(String cgiPath, long dailyLimit, long used, long remain, Optional<RateLimit> rateLimit) {
    public ApiQuota {
        Objects.requireNonNull(cgiPath, "cgiPath");
        Objects.requireNonNull(rateLimit, "rateLimit");
    }

    /** At most {@code callCount} calls every {@code refreshSeconds} seconds. */
    public record RateLimit(long callCount, long refreshSeconds) {
    }

    public boolean exhausted() {
        return remain <= 0;
    }
}
