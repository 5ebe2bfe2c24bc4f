package io.wxmass.campaign.inbox;

import io.wxmass.core.error.InvalidRequestException;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how {@code serve} forwards stored messages to the operator's application.
 *
 * @param target   the application's URL, http or https
 * @param deadline how long a forward may take, answer included. The platform waits 5 s for the whole push
 *                 (docs/platform.md §4.4), which must also cover the store and the network, so the default
 *                 is 3 s and the most allowed 4 s; a late answer is dropped and the message redelivered
 * @param backoff  waits between redeliveries while the application fails or is down
 * @param tick     how often the redelivery loop looks for due messages
 * @param giveUp   when redelivery stops and the message becomes a dead letter
 */
public record ForwardSettings(URI target, ForwardFormat format, ForwardKey key, Duration deadline, Backoff backoff,
                              Duration tick, GiveUp giveUp) {
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(3);
    static final Duration MAX_DEADLINE = Duration.ofSeconds(4);
    static final Duration DEFAULT_TICK = Duration.ofSeconds(1);

    public ForwardSettings {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(giveUp, "giveUp");
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || target.getHost() == null) {
            throw new InvalidRequestException("forwardTo", "an http or https URL with a host, was '" + target + "'");
        }
        if (target.getUserInfo() != null) {
            throw new InvalidRequestException("forwardTo", "no user:password in the URL (messages are signed with the forward key instead)");
        }
        if (deadline.isNegative() || deadline.isZero() || deadline.compareTo(MAX_DEADLINE) > 0) {
            throw new InvalidRequestException("forwardDeadline", "more than 0 and at most " + MAX_DEADLINE.toSeconds()
                    + " s (the platform waits 5 s for the whole push), was " + deadline);
        }
        if (tick.isNegative() || tick.isZero()) {
            throw new InvalidRequestException("forwardTick", "must be positive, was " + tick);
        }
    }

    /** Forwarding to {@code target} in {@code format}, with the default deadline, backoff and tick. */
    public static ForwardSettings of(URI target, ForwardFormat format, ForwardKey key) {
        return new ForwardSettings(target, format, key, DEFAULT_DEADLINE, Backoff.DEFAULT, DEFAULT_TICK, GiveUp.DEFAULT);
    }

    public ForwardSettings withDeadline(Duration deadline) {
        return new ForwardSettings(target, format, key, deadline, backoff, tick, giveUp);
    }

    /** Short settings for tests: redeliveries sooner, looked for more often. */
    public ForwardSettings withRedelivery(Backoff backoff, Duration tick) {
        return new ForwardSettings(target, format, key, deadline, backoff, tick, giveUp);
    }

    /** When redelivery gives a message up (default {@link GiveUp#DEFAULT}: 1,000 attempts or 3 days). */
    public ForwardSettings withGiveUp(GiveUp giveUp) {
        return new ForwardSettings(target, format, key, deadline, backoff, tick, giveUp);
    }
}
