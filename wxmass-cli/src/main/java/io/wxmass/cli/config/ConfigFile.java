package io.wxmass.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.cli.input.FileInput;
import io.wxmass.core.error.InvalidRequestException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Reads a config file: a JSON object of strings, or a Java properties file, with the keys of
 * {@link Setting#fileKey()}. An unknown key is refused, because a misspelt {@code appSecert}
 * silently ignored would only surface later as a confusing missing-credential error.
 */
final class ConfigFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 1024 * 1024;

    private ConfigFile() {
    }

    public static Map<Setting, String> read(Path path) {
        Objects.requireNonNull(path, "path");
        String text = FileInput.text(path, "--config", MAX_BYTES);
        return looksLikeJson(path, text) ? readJson(path, text) : readProperties(path, text);
    }

    private static boolean looksLikeJson(Path path, String text) {
        return path.getFileName().toString().endsWith(".json") || text.stripLeading().startsWith("{");
    }

    private static Map<Setting, String> readJson(Path path, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new InvalidRequestException("--config", "not valid JSON: " + path);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("--config", "a JSON config must be one object: " + path);
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Setting setting = known(e.getKey());
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new InvalidRequestException("config key " + e.getKey(), "must be a string or number");
            }
            values.put(setting, e.getValue().asText());
        }
        return values;
    }

    private static Map<Setting, String> readProperties(Path path, String text) {
        Properties props = new Properties();
        try (Reader reader = new StringReader(text)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRequestException("--config", "not a valid properties file: " + path);
        }
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (String key : props.stringPropertyNames()) {
            values.put(known(key), props.getProperty(key).strip());
        }
        return values;
    }

    private static Setting known(String key) {
        return Setting.byFileKey(key).orElseThrow(() -> new InvalidRequestException("config key " + key,
                "unknown; known keys are " + Arrays.stream(Setting.values()).map(Setting::fileKey)
                        .collect(Collectors.joining(", "))));
    }
}
