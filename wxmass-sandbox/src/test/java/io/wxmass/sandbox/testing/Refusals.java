package io.wxmass.sandbox.testing;

import io.wxmass.sandbox.platform.PlatformError;
import org.assertj.core.api.ThrowableAssert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions for rule units that refuse with a {@link PlatformError}. */
public final class Refusals {
    private Refusals() {
    }

    public static PlatformError assertRefused(ThrowableAssert.ThrowingCallable call, int code) {
        PlatformError[] caught = new PlatformError[1];
        assertThatThrownBy(call).isInstanceOf(PlatformError.class).satisfies(e -> {
            caught[0] = (PlatformError) e;
            assertThat(caught[0].code()).as("errcode").isEqualTo(code);
        });
        return caught[0];
    }
}
