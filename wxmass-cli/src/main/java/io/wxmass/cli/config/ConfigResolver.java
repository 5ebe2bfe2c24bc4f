package io.wxmass.cli.config;

import io.wxmass.core.error.InvalidRequestException;

import java.net.URI;
import java.net.URISyntaxException;
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
    public static final String DEFAULT_BASE_URL = "https://api.weixin.qq.com";
    public static final String DEFAULT_DB_URL = "jdbc:sqlite:wxmass.db";

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
            case BASE_URL -> DEFAULT_BASE_URL;
            case DB_URL -> DEFAULT_DB_URL;
            default -> null;
        };
    }

    private static void validateBaseUrl(ResolvedConfig.Value baseUrl) {
        String rule = "must be an absolute http:// or https:// URL";
        try {
            URI uri = new URI(baseUrl.value());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new InvalidRequestException(Setting.BASE_URL.flag(), rule + ", was " + baseUrl.value());
            }
        } catch (URISyntaxException e) {
            throw new InvalidRequestException(Setting.BASE_URL.flag(), rule + ", was " + baseUrl.value());
        }
    }
}
