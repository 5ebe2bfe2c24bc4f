package io.wxmass.sandbox.platform;

/** What a token endpoint answers: {@code {"access_token":..,"expires_in":..}}. */
public record TokenGrant(String accessToken, long expiresIn) {
    @Override
    public String toString() {
        return "TokenGrant[access_token=***, expires_in=" + expiresIn + "]";
    }
}
