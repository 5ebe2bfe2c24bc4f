package io.wxmass.campaign.console;

import io.wxmass.console.Html;
/** The login form: an API key, posted once and never shown again or written anywhere. */
final class LoginPage {
    private LoginPage() {
    }

    static ConsoleResponse render(Ctx c, int status, String error) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(Html.esc(c.t("login"))).append("</h1><p>").append(Html.esc(c.t("login.hint"))).append("</p>");
        if (error != null) {
            h.append("<p class=\"error\" role=\"alert\" id=\"error\">").append(Html.esc(error)).append("</p>");
        }
        h.append("<form method=\"post\" action=\"/console/login\" class=\"stack\" id=\"login-form\">").append(c.csrfField())
                .append("<label for=\"key\">").append(Html.esc(c.t("login.key"))).append("</label>")
                .append("<input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"current-password\" required>")
                .append("<button type=\"submit\" id=\"login\">").append(Html.esc(c.t("login"))).append("</button></form>");
        return Page.render(c, status, c.t("login"), h.toString(), null);
    }
}
