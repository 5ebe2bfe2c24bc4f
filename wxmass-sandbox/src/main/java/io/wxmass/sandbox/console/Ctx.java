package io.wxmass.sandbox.console;

import io.wxmass.sandbox.server.PlatformRequest;

/** One console request: the HTTP request, the browser's session and the language of the page. */
record Ctx(PlatformRequest request, Sessions.Session session, Lang lang) {
    String t(String key) {
        return lang.t(key);
    }

    /** The hidden CSRF field every form carries. */
    String csrfField() {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(session.csrf) + "\">";
    }
}
