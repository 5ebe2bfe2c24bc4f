package io.wxmass.sandbox.server;

import io.wxmass.sandbox.platform.PlatformError;

import java.util.List;
import java.util.Objects;

/**
 * Endpoints the platform has retired but still answers (docs/platform.md §12): permanent news material
 * can no longer be created or edited since 2022-02-28, so add_news and update_news answer 45106 to any
 * valid token; drafts (draft/add, draft/update) replace them.
 */
public final class RetiredEndpoints {
    /** The paths answered 45106. */
    public static final List<String> RETIRED = List.of("/cgi-bin/material/add_news", "/cgi-bin/material/update_news");

    private final Authenticator auth;

    public RetiredEndpoints(Authenticator auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    public void register(Router router) {
        Route retired = auth.guard((request, account) -> {
            throw PlatformError.withText(45106, "This API has been unsupported");
        });
        RETIRED.forEach(path -> router.route(path, retired));
    }
}
