package io.wxmass.sandbox.admin;

import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.server.PlatformRequest;
import io.wxmass.sandbox.server.PlatformResponse;
import io.wxmass.sandbox.server.Router;

import java.util.Arrays;
import java.util.Objects;

/**
 * Admin routes of one concern under {@code /admin/<name>/{appId}/...}, behind the admin token: the account is
 * resolved (400 when unknown) and the segments after it are handed on.
 */
abstract class AccountAdminRoutes {
    private final SandboxAdmin admin;
    private final String path;

    AccountAdminRoutes(SandboxAdmin admin, String name) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.path = "/admin/" + Objects.requireNonNull(name, "name") + "/";
    }

    public final void register(Router router, AdminApi api) {
        router.prefix(path, api.guarded(this::dispatch));
    }

    private PlatformResponse dispatch(PlatformRequest r) {
        String[] p = r.path().substring(path.length()).split("/");
        // The domain refuses what a request got wrong (a decision past its time) with IllegalArgumentException: a 400.
        return BadRequestException.refusing(() -> handle(r, admin.account(p[0]), Arrays.copyOfRange(p, 1, p.length)));
    }

    /** @param rest the path segments after the appId, possibly none */
    abstract PlatformResponse handle(PlatformRequest r, Account account, String[] rest);
}
