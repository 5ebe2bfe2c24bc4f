package io.wxmass.campaign.console;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.auth.Scope;

/** One request as the pages see it: the request, its session and its language. */
record Ctx(ConsoleRequest request, Sessions.Session session, Lang lang) {
    String t(String key, Object... args) {
        return UiText.get(lang, key, args);
    }

    String csrfField() {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(session.csrf) + "\">";
    }

    boolean can(Scope scope) {
        return session.key.map(k -> k.allows(scope)).orElse(false);
    }

    /** The signed-in key as the audit log names it ({@code key:<name>}), like the REST door. */
    Actor actor() {
        return session.key.orElseThrow().actor();
    }

    boolean live() {
        return request.header("x-console-live") != null;
    }
}
