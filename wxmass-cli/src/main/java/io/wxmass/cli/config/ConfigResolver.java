package io.wxmass.cli.config;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.internal.message.Require;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves each {@link Setting} from flags, then the environment, then the config file, then a
 * built-in default: the first place that has a non-blank value wins. Blank values count as unset,
 * so {@code WXMASS_APP_ID=} in a shell does not hide the config file.
 */
public final class ConfigResolver {
    public static final String DEFAULT_DB_URL = "jdbc:sqlite:wxmass.db";
    public static final int MAX_INSTANCES = 60;

    private final Map<String, String> environment;

    public ConfigResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /**
     * @param flags      values given on the command line (absent keys or null values are unset)
     * @param configFile the --config file, or null for none
     */
    public ResolvedConfig resolve(Map<Setting, String> flags, Path configFile) {
        Objects.requireNonNull(flags, "flags");
        Map<Setting, String> file = configFile == null ? Map.of() : ConfigFile.read(configFile);
        Map<Setting, ResolvedConfig.Value> resolved = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            ResolvedConfig.Value value = first(
                    value(flags.get(setting), Source.FLAG),
                    value(environment.get(setting.envVar()), Source.ENVIRONMENT),
                    value(file.get(setting), Source.CONFIG_FILE),
                    value(defaultOf(setting), Source.DEFAULT));
            if (value != null) {
                resolved.put(setting, value);
            }
        }
        validateBaseUrl(resolved.get(Setting.BASE_URL));
        if (resolved.containsKey(Setting.REDIS_URL)) {
            RedisUrl.parse(resolved.get(Setting.REDIS_URL).value());
        }
        validateInstances(resolved.get(Setting.INSTANCES));
        return new ResolvedConfig(resolved);
    }

    private static ResolvedConfig.Value value(String raw, Source source) {
        return raw == null || raw.isBlank() ? null : new ResolvedConfig.Value(raw.strip(), source);
    }

    private static ResolvedConfig.Value first(ResolvedConfig.Value... candidates) {
        for (ResolvedConfig.Value candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String defaultOf(Setting setting) {
        return switch (setting) {
            case BASE_URL -> WxMassConfig.DEFAULT_BASE_URL;
            case DB_URL -> DEFAULT_DB_URL;
            case INSTANCES -> "1";
            default -> null;
        };
    }

    /** The same rule as the SDK's, named by the flag. */
    private static void validateBaseUrl(ResolvedConfig.Value baseUrl) {
        Require.baseUrl(baseUrl.value(), Setting.BASE_URL.flag());
    }

    /** One per instance that may send for the account, at most 60: each keeps 60 / N while Redis is away. */
    private static void validateInstances(ResolvedConfig.Value instances) {
        String rule = "must be a whole number from 1 to " + MAX_INSTANCES + ", was " + instances.value();
        int n;
        try {
            n = Integer.parseInt(instances.value());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(Setting.INSTANCES.flag(), rule);
        }
        if (n < 1 || n > MAX_INSTANCES) {
            throw new InvalidRequestException(Setting.INSTANCES.flag(), rule);
        }
    }
}
