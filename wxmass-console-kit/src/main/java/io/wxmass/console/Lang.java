package io.wxmass.console;

import java.util.Locale;

/** The consoles' two languages; chosen by the {@code lang} cookie, else by Accept-Language. */
public enum Lang {
    ZH("zh-CN"), EN("en");

    static final String COOKIE = "lang";

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag of the page's {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The other language, the one the header's switch offers. */
    public Lang other() {
        return this == ZH ? EN : ZH;
    }

    /** The value of the switch link's {@code to} and of the cookie. */
    public String code() {
        return this == ZH ? "zh" : "en";
    }

    public static Lang pick(String cookie, String acceptLanguage) {
        if (cookie != null) {
            return cookie.equals("zh") ? ZH : EN;
        }
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }

    /** The language of a request, from its Cookie and Accept-Language headers (either may be null). */
    public static Lang of(String cookieHeader, String acceptLanguage) {
        return pick(Sessions.cookie(cookieHeader, COOKIE), acceptLanguage);
    }

    /** The {@code Set-Cookie} that remembers a switch ({@code to} anything but "zh" is English). */
    public static String switchCookie(String to) {
        return COOKIE + "=" + ("zh".equals(to) ? "zh" : "en") + "; Path=/; SameSite=Strict";
    }

    /** Where a switch goes back to: the console's own page, never another site ({@code //host}, {@code \}). */
    public static String safeBack(String back) {
        return back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") ? "/" : back;
    }
}
