package io.wxmass.sandbox.platform;

import java.util.Locale;
import java.util.Objects;

/**
 * Where an account's MASSSENDJOBFINISH pushes go.
 *
 * @param mode plain, compatible or safe (docs/platform.md §5.2/5.3); the AES key is needed for the last two
 */
public record CallbackSettings(String url, String token, String encodingAesKey, String mode) {
    public CallbackSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        mode = mode == null ? "plain" : mode.toLowerCase(Locale.ROOT);
        if (!mode.equals("plain") && !mode.equals("compatible") && !mode.equals("safe")) {
            throw new IllegalArgumentException("mode: must be plain, compatible or safe");
        }
        if (!mode.equals("plain") && (encodingAesKey == null || encodingAesKey.length() != 43)) {
            throw new IllegalArgumentException("encodingAesKey: 43 characters are needed in " + mode + " mode");
        }
    }

    @Override
    public String toString() {
        return "CallbackSettings[" + url + ", mode=" + mode + ", token=***, encodingAesKey=***]";
    }
}
