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

    /**
     * Answer this errcode and errmsg without running the endpoint: an answer the platform gives that the rules do
     * not produce, e.g. 45065 without a msg_id (seen in the wild after a lost answer).
     */
    record Refuse(int errcode, String errmsg) implements FaultAction {
        public Refuse {
            Objects.requireNonNull(errmsg, "errmsg");
            if (errcode == 0) {
                throw new IllegalArgumentException("errcode: a refusal is non-zero");
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
