package io.wxmass.campaign.plan;

import io.wxmass.campaign.quota.QuotaGate;
import io.wxmass.core.WxMass;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.http.Endpoints;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many sendall+send calls the account has for the campaign: what the planner weighs a list of
 * batches against. The platform's figure for a verified service account is 100 a day
 * (docs/platform.md §10.3); {@code quota/get} says what is left today (§10.1, D20).
 */
public interface SendAllowance {
    /** The figure of docs/platform.md §10.3 for sendall+send. */
    int PLATFORM_DAILY_SENDS = 100;

    SendAllowance PLATFORM_DEFAULT = fixed(PLATFORM_DAILY_SENDS);

    /** Sends available; at least 1. */
    int sends();

    /** The allowance in words, for the planner's reason: "the 100 sends a day allows". */
    default String describe() {
        return "the " + sends() + " sends a day allows";
    }

    /** The figure as of now, asked once: the planner takes it before its transaction (no network call inside). */
    default SendAllowance snapshot() {
        int sends = sends();
        String described = describe();
        return new SendAllowance() {
            @Override
            public int sends() {
                return sends;
            }

            @Override
            public String describe() {
                return described;
            }
        };
    }

    static SendAllowance fixed(int sendsPerDay) {
        if (sendsPerDay < 1) {
            throw new IllegalArgumentException("sendsPerDay must be at least 1, was " + sendsPerDay);
        }
        return () -> sendsPerDay;
    }

    /**
     * What quota/get says is left today for sendall (which shares its count with send), asked at each
     * plan; the platform's daily figure when quota/get does not answer.
     */
    static SendAllowance fromQuota(WxMass wx) {
        Objects.requireNonNull(wx, "wx");
        Logger log = LoggerFactory.getLogger(SendAllowance.class);
        return new SendAllowance() {
            private String described = PLATFORM_DEFAULT.describe();

            @Override
            public int sends() {
                try {
                    long remain = wx.quota().get(Endpoints.MASS_SENDALL).remain();
                    described = "the " + remain + " sends left today (quota/get)";
                    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remain));
                } catch (WxMassException e) {
                    log.info("quota/get did not answer ({}); planning with {}", e.getMessage(), PLATFORM_DEFAULT.describe());
                    described = PLATFORM_DEFAULT.describe();
                    return PLATFORM_DEFAULT.sends();
                }
            }

            @Override
            public String describe() {
                return described;
            }
        };
    }

    /**
     * What the worker's quota gate says is left today: quota/get less the calls the store's ledger counted
     * since (other workers' too), or the configured daily limit less the ledger's count when quota/get does
     * not answer; asked again at each plan.
     */
    static SendAllowance fromGate(QuotaGate gate) {
        Objects.requireNonNull(gate, "gate");
        return new SendAllowance() {
            private String described = PLATFORM_DEFAULT.describe();

            @Override
            public int sends() {
                gate.refresh();
                long remain = gate.remainToday();
                described = "the " + remain + " sends left today (" + (gate.reportedByPlatform() ? "quota/get"
                        : "the store's ledger at " + gate.dailyLimit() + " a day") + ")";
                return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remain));
            }

            @Override
            public String describe() {
                return described;
            }
        };
    }
}
