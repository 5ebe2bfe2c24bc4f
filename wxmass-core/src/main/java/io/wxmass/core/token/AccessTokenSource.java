package io.wxmass.core.token;

/**
 * Fetches a new access token from the platform. Callers go through {@link TokenManager}, which
 * makes sure only one fetch per account runs at a time.
 */
public interface AccessTokenSource {
    /**
     * Fetches a token.
     *
     * @throws io.wxmass.core.error.WeChatApiException on an errcode (40001 wrong secret, 40164 IP not whitelisted, ...)
     * @throws io.wxmass.core.error.TransportException when the platform could not be reached
     */
    AccessToken fetch();
}
