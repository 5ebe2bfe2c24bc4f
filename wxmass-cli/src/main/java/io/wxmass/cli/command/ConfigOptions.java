package io.wxmass.cli.command;

import io.wxmass.cli.config.ConfigResolver;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configuration flags every command accepts. Each may also come from the environment or the
 * --config file (flags win, then environment, then file); secrets are better set by environment.
 */
final class ConfigOptions {
    @Option(names = "--app-id", paramLabel = "ID", description = "App id (env WXMASS_APP_ID, config appId).")
    String appId;

    @Option(names = "--app-secret", paramLabel = "SECRET",
            description = "App secret (env WXMASS_APP_SECRET, config appSecret). Prefer the environment: flags show in ps.")
    String appSecret;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Platform base URL (env WXMASS_BASE_URL, config baseUrl; default https://api.weixin.qq.com).")
    String baseUrl;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Callback token (env WXMASS_TOKEN, config token).")
    String token;

    @Option(names = "--aes-key", paramLabel = "KEY",
            description = "Callback EncodingAESKey, 43 chars, for safe mode (env WXMASS_AES_KEY, config aesKey).")
    String aesKey;

    @Option(names = "--db-url", paramLabel = "JDBC",
            description = "Campaign store (env WXMASS_DB_URL, config dbUrl; default jdbc:sqlite:wxmass.db).")
    String dbUrl;

    @Option(names = "--redis-url", paramLabel = "URL",
            description = "Share tokens and the mass budget with other instances through this Redis, "
                    + "redis://[user:password@]host:port[/db] (env WXMASS_REDIS_URL, config redisUrl). "
                    + "Prefer the environment when it holds a password.")
    String redisUrl;

    @Option(names = "--instances", paramLabel = "N",
            description = "With --redis-url: how many instances share the account, 1 to 60; each sends at most 60/N a minute "
                    + "while Redis is away (env WXMASS_INSTANCES, config instances; default 1).")
    String instances;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file: properties or JSON with the keys above.")
    Path config;

    public ResolvedConfig resolve(Map<String, String> environment) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        put(flags, Setting.APP_ID, appId);
        put(flags, Setting.APP_SECRET, appSecret);
        put(flags, Setting.BASE_URL, baseUrl);
        put(flags, Setting.TOKEN, token);
        put(flags, Setting.AES_KEY, aesKey);
        put(flags, Setting.DB_URL, dbUrl);
        put(flags, Setting.REDIS_URL, redisUrl);
        put(flags, Setting.INSTANCES, instances);
        return new ConfigResolver(environment).resolve(flags, config);
    }

    private static void put(Map<Setting, String> flags, Setting setting, String value) {
        if (value != null) {
            flags.put(setting, value);
        }
    }
}
