package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.config.RuleSettings;

import java.time.Clock;
import java.util.Objects;

/** The stateful rule units of one sandbox, built from its settings and clock. */
public final class MassRules {
    private final RuleSettings settings;
    private final RollingRate rate;
    private final DailyLimit daily;
    private final DailyLimit previewByWxName;
    private final HistoryQuota history;
    private final ClientMsgIdDedupe dedupe;
    private final AudienceRules audience;
    private final Moderation moderation;
    private final ReprintCheck reprint;

    public MassRules(Clock clock, RuleSettings settings) {
        Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rate = new RollingRate(clock, settings.massRequestsPerMinute());
        this.daily = new DailyLimit(clock, settings.dailyMassCalls());
        this.previewByWxName = new DailyLimit(clock, settings.previewWxNamePerDay());
        this.history = new HistoryQuota(clock);
        this.dedupe = new ClientMsgIdDedupe(clock, settings.clientMsgIdMaxBytes());
        this.audience = new AudienceRules(settings.unknownTagSystemError());
        this.moderation = new Moderation(settings.moderation());
        this.reprint = new ReprintCheck(settings.reprints());
    }

    public RuleSettings settings() {
        return settings;
    }

    public RollingRate rate() {
        return rate;
    }

    /** sendall + send calls a day. */
    public DailyLimit daily() {
        return daily;
    }

    /** previews by towxname a day. */
    public DailyLimit previewByWxName() {
        return previewByWxName;
    }

    public HistoryQuota history() {
        return history;
    }

    public ClientMsgIdDedupe dedupe() {
        return dedupe;
    }

    public AudienceRules audience() {
        return audience;
    }

    public Moderation moderation() {
        return moderation;
    }

    public ReprintCheck reprint() {
        return reprint;
    }
}
