package io.wxmass.sandbox.testing;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.embed.SandboxBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Sandboxes on a fixed clock (only advancing moves time) and test files from src/test/resources. */
public final class Fixtures {
    /** A Wednesday mid-month, 10:00 in Beijing: day and month boundaries are far away unless a test moves there. */
    public static final Instant START = Instant.parse("2026-03-11T02:00:00Z");

    private Fixtures() {
    }

    public static SandboxBuilder fixedSandbox() {
        return Sandbox.builder().clock(SandboxClock.fixed(START)).instant(true).followers(50);
    }

    /** Parses JSON text written in a test. */
    public static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return PlatformClient.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text resource with each {@code ${key}} replaced: {@code template("draft/x.json", "thumb", id)}. */
    public static String template(String name, String... keyValues) {
        String text = new String(resource(name), java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            text = text.replace("${" + keyValues[i] + "}", keyValues[i + 1]);
        }
        return text;
    }

    public static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
