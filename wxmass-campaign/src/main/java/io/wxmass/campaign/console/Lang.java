package io.wxmass.campaign.console;

import java.util.Locale;

/** The console's two languages; chosen by the {@code lang} cookie, else by Accept-Language. */
enum Lang {
    ZH("zh-CN"), EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    static Lang pick(String cookie, String acceptLanguage) {
        if (cookie != null) {
            return cookie.equals("zh") ? ZH : EN;
        }
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
