package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import io.wxmass.console.PageFrame;
import io.wxmass.sandbox.server.PlatformResponse;

import java.nio.charset.StandardCharsets;

/** The sandbox's fill of the kit's page frame: accounts and faults in the navigation, the logout button. */
final class Page {
    static final String HTML_TYPE = "text/html; charset=utf-8";

    private Page() {
    }

    /** @param liveVersion the state the page shows, for the live-update stream; negative for no live updates */
    static PlatformResponse render(Ctx c, int status, String title, String main, long liveVersion) {
        PageFrame frame = PageFrame.of(c.lang(), c.t("title"), title).languageSwitch(c.t("lang.switch"), c.request().path());
        if (liveVersion >= 0) {
            frame.live("/console/events?v=" + liveVersion, c.t("live"));
        }
        if (c.session().signedIn()) {
            frame.link("/", null, c.t("accounts")).link("/console/faults", null, c.t("faults"));
            if (!c.live()) {
                frame.headerEnd("<form method=\"post\" action=\"/console/logout\" class=\"logout\">" + c.csrfField()
                        + "<button type=\"submit\">" + Html.esc(c.t("logout")) + "</button></form>");
            }
        }
        String html = frame.flash(c.live() ? null : c.session().takeFlash()).render(main);
        return new PlatformResponse(status, HTML_TYPE, html.getBytes(StandardCharsets.UTF_8));
    }
}
