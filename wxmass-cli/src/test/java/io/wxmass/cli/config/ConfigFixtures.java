package io.wxmass.cli.config;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The config files under src/test/resources/config. */
final class ConfigFixtures {
    private ConfigFixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(ConfigFixtures.class.getResource("/config/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
