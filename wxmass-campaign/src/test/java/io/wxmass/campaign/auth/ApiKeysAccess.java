package io.wxmass.campaign.auth;

/** The key store's hash, for tests elsewhere that look for it in a database file. */
public final class ApiKeysAccess {
    private ApiKeysAccess() {
    }

    public static String sha256(String secret) {
        return ApiKeys.sha256(secret);
    }
}
