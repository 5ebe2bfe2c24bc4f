package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.PlatformError;

/**
 * Spec 1.1: every mass endpoint needs a verified account; /mass/send is for service accounts only.
 * Both refusals are 48001 {@code api unauthorized}.
 */
public final class Permissions {
    private Permissions() {
    }

    public static void check(Account account, MassEndpoint endpoint) {
        if (!account.verified()) {
            throw unauthorized();
        }
        if (endpoint == MassEndpoint.SEND && account.type() == AccountType.SUBSCRIPTION) {
            throw unauthorized();
        }
    }

    private static PlatformError unauthorized() {
        return PlatformError.of(48001, "api unauthorized");
    }
}
