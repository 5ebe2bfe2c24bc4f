package io.wxmass.sandbox.faults;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link FaultPlan} decided for one request or one push. The server applies the HTTP ones
 * ({@link SystemError}, {@link Delay}, {@link Cut}); the push service applies {@link Drop} and {@link Delay}.
 */
public sealed interface FaultAction {

    /** Answer normally. */
    record None() implements FaultAction {
    }

    /** Answer {@code {"errcode":-1,"errmsg":"system error"}}. */
    record SystemError() implements FaultAction {
    }

    /** Wait {@code duration} before answering (or before posting a push), e.g. past a client's timeout. */
    record Delay(Duration duration) implements FaultAction {
        public Delay {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative");
            }
        }
    }

    /** Send the status line and part of the body, then close the connection. */
    record Cut() implements FaultAction {
    }

    /** Never post the push at all (callbacks only). */
    record Drop() implements FaultAction {
    }

    FaultAction NONE = new None();
    FaultAction SYSTEM_ERROR = new SystemError();
    FaultAction CUT = new Cut();
    FaultAction DROP = new Drop();
}
