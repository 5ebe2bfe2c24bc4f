package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.PlatformError;

/** speed/set (docs/platform.md §1.11): 45084 without {@code speed}, 45083 outside 0..4. */
public final class SpeedSetting {
    private SpeedSetting() {
    }

    public static int read(JsonNode body) {
        JsonNode speed = body.get("speed");
        if (speed == null || speed.isNull() || (speed.isTextual() && speed.asText().isBlank())) {
            throw PlatformError.of(45084, "No speed message");
        }
        Long level = Fields.optLong(body, "speed").orElse(null);
        if (level == null || level < 0 || level > 4) {
            throw PlatformError.of(45083, "the speed out of range");
        }
        return level.intValue();
    }
}
