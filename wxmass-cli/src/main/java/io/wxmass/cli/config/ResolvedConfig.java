package io.wxmass.cli.config;

import io.wxmass.core.error.InvalidRequestException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/** The values every command works from, each with its {@link Source}. toString() masks secrets. */
public final class ResolvedConfig {
    /** One resolved value. */
    public record Value(String value, Source source) {
        public Value {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
        }
    }

    private final Map<Setting, Value> values;

    ResolvedConfig(Map<Setting, Value> values) {
        this.values = new EnumMap<>(Setting.class);
        this.values.putAll(values);
    }

    public Optional<String> optional(Setting setting) {
        return Optional.ofNullable(values.get(setting)).map(Value::value);
    }

    /** The value, or an {@link InvalidRequestException} naming the flag and the three places to set it. */
    public String require(Setting setting) {
        return optional(setting).orElseThrow(() -> new InvalidRequestException(setting.flag(), setting.missingRule()));
    }

    /** The Redis to share tokens and the mass budget through, if configured (validated at resolution). */
    public Optional<RedisUrl> redisUrl() {
        return optional(Setting.REDIS_URL).map(RedisUrl::parse);
    }

    /** How many instances share the account (validated at resolution; 1 by default). */
    public int instances() {
        return Integer.parseInt(require(Setting.INSTANCES));
    }

    public Optional<Source> source(Setting setting) {
        return Optional.ofNullable(values.get(setting)).map(Value::source);
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "ResolvedConfig[", "]");
        values.forEach((setting, v) -> joiner.add(setting.fileKey() + "="
                + setting.display(v.value()) + " (" + v.source().name().toLowerCase() + ")"));
        return joiner.toString();
    }
}
