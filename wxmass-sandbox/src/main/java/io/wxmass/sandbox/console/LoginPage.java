package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import io.wxmass.sandbox.server.PlatformResponse;

/** The login form, when the sandbox has an admin token. */
final class LoginPage {
    private LoginPage() {
    }

    static PlatformResponse render(Ctx c, int status, String error) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(Html.esc(c.t("login"))).append("</h1><p>").append(Html.esc(c.t("login.hint"))).append("</p>");
        if (error != null) {
            h.append("<p class=\"error\" role=\"alert\">").append(Html.esc(error)).append("</p>");
        }
        h.append("<form method=\"post\" action=\"/console/login\" class=\"stack\">").append(c.csrfField())
                .append("<label for=\"token\">").append(Html.esc(c.t("login.token"))).append("</label>")
                .append("<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required>")
                .append("<button type=\"submit\" id=\"login\">").append(Html.esc(c.t("login"))).append("</button></form>");
        return Page.render(c, status, c.t("login"), h.toString(), -1);
    }
}
