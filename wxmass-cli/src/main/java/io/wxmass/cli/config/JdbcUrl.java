package io.wxmass.cli.config;

import java.util.Objects;
import java.util.regex.Pattern;

/** A JDBC URL as it may be shown: a password in the query ({@code password=...}) or the user info is masked. */
public final class JdbcUrl {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?]+:)[^/@?]*@");

    private JdbcUrl() {
    }

    public static String mask(String url) {
        Objects.requireNonNull(url, "url");
        String masked = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }
}
