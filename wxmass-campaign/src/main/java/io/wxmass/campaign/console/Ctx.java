package io.wxmass.campaign.console;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.auth.ApiKey;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.console.Lang;
import io.wxmass.console.Sessions;

/** One request as the pages see it: the request, its session and its language. */
record Ctx(ConsoleRequest request, Sessions.Session<ApiKey> session, Lang lang) {
    String t(String key, Object... args) {
        return UiText.get(lang, key, args);
    }

    String csrfField() {
        return session.csrfField();
    }

    boolean can(Scope scope) {
        return session.principal.map(k -> k.allows(scope)).orElse(false);
    }

    /** The signed-in key as the audit log names it ({@code key:<name>}), like the REST door. */
    Actor actor() {
        return session.principal.orElseThrow().actor();
    }

    boolean live() {
        return request.header("x-console-live") != null;
    }
}
