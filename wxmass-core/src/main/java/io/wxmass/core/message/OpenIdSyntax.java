package io.wxmass.core.message;

/**
 * What an openid looks like: 1 to 64 characters of {@code A-Z a-z 0-9 _ -} (the platform's are 28). Checked
 * locally so that one bad line of a file (a stray BOM, a comma, a space) is named by its place instead of
 * failing its whole batch with 40003 (see docs/platform.md §3).
 */
public final class OpenIdSyntax {
    public static final int MAX_LENGTH = 64;
    public static final String RULE = "an openid is 1 to " + MAX_LENGTH + " characters of A-Z a-z 0-9 _ -";

    private OpenIdSyntax() {
    }

    public static boolean isValid(String openId) {
        if (openId == null || openId.isEmpty() || openId.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < openId.length(); i++) {
            char ch = openId.charAt(i);
            boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
