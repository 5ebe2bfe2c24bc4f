package io.wxmass.sandbox.console;

import io.wxmass.console.Lang;
import io.wxmass.console.Sessions;
import io.wxmass.sandbox.server.PlatformRequest;

/** One console request: the HTTP request, the browser's session and the language of the page. */
record Ctx(PlatformRequest request, Sessions.Session<SandboxConsole.Admin> session, Lang lang) {
    String t(String key) {
        return UiText.get(lang, key);
    }

    /** The hidden CSRF field every form carries. */
    String csrfField() {
        return session.csrfField();
    }

    boolean live() {
        return request.header("x-console-live") != null;
    }
}
