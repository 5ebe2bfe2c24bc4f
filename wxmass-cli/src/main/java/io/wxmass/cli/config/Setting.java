package io.wxmass.cli.config;

import io.wxmass.cli.output.Masking;

import java.util.Arrays;
import java.util.Optional;

/**
 * One configurable value and the three names it goes by: the command-line flag, the environment
 * variable and the config-file key. Secrets are marked so nothing ever prints them.
 */
public enum Setting {
    APP_ID("--app-id", "WXMASS_APP_ID", "appId", false),
    APP_SECRET("--app-secret", "WXMASS_APP_SECRET", "appSecret", true),
    BASE_URL("--base-url", "WXMASS_BASE_URL", "baseUrl", false),
    TOKEN("--token", "WXMASS_TOKEN", "token", true),
    AES_KEY("--aes-key", "WXMASS_AES_KEY", "aesKey", true),
    DB_URL("--db-url", "WXMASS_DB_URL", "dbUrl", false),
    /** Not secret as a whole, but may hold a password: shown through {@link Masking#mask(String)}. */
    REDIS_URL("--redis-url", "WXMASS_REDIS_URL", "redisUrl", false),
    INSTANCES("--instances", "WXMASS_INSTANCES", "instances", false),
    /** serve's forwarding (docs/callback-forwarding.md); the key itself stays in its file or WXMASS_FORWARD_KEY. */
    FORWARD_TO("--forward-to", "WXMASS_FORWARD_TO", "forwardTo", false),
    FORWARD_FORMAT("--forward-format", "WXMASS_FORWARD_FORMAT", "forwardFormat", false),
    FORWARD_KEY_FILE("--forward-key-file", "WXMASS_FORWARD_KEY_FILE", "forwardKeyFile", false),
    FORWARD_DEADLINE("--forward-deadline", "WXMASS_FORWARD_DEADLINE", "forwardDeadline", false);

    private final String flag;
    private final String envVar;
    private final String fileKey;
    private final boolean secret;

    Setting(String flag, String envVar, String fileKey, boolean secret) {
        this.flag = flag;
        this.envVar = envVar;
        this.fileKey = fileKey;
        this.secret = secret;
    }

    public String flag() {
        return flag;
    }

    public String envVar() {
        return envVar;
    }

    public String fileKey() {
        return fileKey;
    }

    public boolean secret() {
        return secret;
    }

    /** The value as it may be shown: secrets as {@code ***}, any URL without its password. */
    public String display(String value) {
        return secret ? "***" : Masking.mask(value);
    }

    /** The rule a missing value breaks, naming all three places it may come from. */
    public String missingRule() {
        return "required: pass " + flag + ", set " + envVar + " or put " + fileKey + " in the --config file";
    }

    static Optional<Setting> byFileKey(String key) {
        return Arrays.stream(values()).filter(s -> s.fileKey.equals(key)).findFirst();
    }
}
