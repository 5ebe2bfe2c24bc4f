package io.wxmass.sandbox.server;

import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Accounts;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.platform.TokenIssuer;

import java.util.Objects;

/** Resolves {@code ?access_token=} to its account: 41001 missing, 40001 invalid, 42001 expired. */
public final class Authenticator {
    private final Accounts accounts;
    private final TokenIssuer tokens;

    public Authenticator(Accounts accounts, TokenIssuer tokens) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    public Account account(PlatformRequest request) {
        String appId = tokens.check(request.query("access_token"));
        return accounts.find(appId)
                .orElseThrow(() -> PlatformError.of(40001, "invalid credential, access_token is invalid or not latest"));
    }

    /** A route that needs a valid token; the account is handed to it. */
    public Route guard(AccountRoute route) {
        Objects.requireNonNull(route, "route");
        return request -> route.handle(request, account(request));
    }

    /** A route body that runs with the caller's account. */
    @FunctionalInterface
    public interface AccountRoute {
        PlatformResponse handle(PlatformRequest request, Account account) throws Exception;
    }

    /** The POST-only endpoints answer 43002 to anything else. */
    public static void requirePost(PlatformRequest request) {
        if (!request.isPost()) {
            throw PlatformError.of(43002, "require POST method");
        }
    }
}
