package io.wxmass.campaign.serve;

import io.wxmass.core.error.ErrorKind;
import io.wxmass.core.error.WeChatApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code /readyz} asks before it answers 200: named checks, each passing unless it throws. {@code wxmass serve}
 * checks that the store answers a query, that the scheduler's rounds still run, and that an access token can be had
 * (the stored one while fresh, so a probe every few seconds costs no token fetch). A failure is reported by its
 * kind and errcode only ({@code failed: platform 40125}): never a message, which could carry a URL or a value.
 */
public final class Readiness {
    /** One check: returns when ready, throws what is wrong. */
    @FunctionalInterface
    public interface Check {
        void verify() throws Exception;
    }

    private final Map<String, Check> checks;

    private Readiness(Map<String, Check> checks) {
        this.checks = Map.copyOf(checks);
    }

    /** No checks: ready whenever the process answers (the same as {@code /healthz}). */
    public static Readiness none() {
        return new Readiness(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every check's verdict by name, in the order they were added: {@code ok} or {@code failed: kind [errcode]}. */
    Map<String, String> run() {
        Map<String, String> verdicts = new LinkedHashMap<>();
        checks.forEach((name, check) -> {
            try {
                check.verify();
                verdicts.put(name, "ok");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                verdicts.put(name, "failed: interrupted");
            } catch (Exception e) {
                verdicts.put(name, "failed: " + ErrorKind.of(e).label()
                        + (e instanceof WeChatApiException api ? " " + api.errcode() : ""));
            }
        });
        return verdicts;
    }

    public static final class Builder {
        private final Map<String, Check> checks = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder check(String name, Check check) {
            if (!Objects.requireNonNull(name, "name").matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a check's name is lower case letters, digits and _, was " + name);
            }
            checks.put(name, Objects.requireNonNull(check, "check"));
            return this;
        }

        public Readiness build() {
            return new Readiness(new LinkedHashMap<>(checks));
        }
    }
}
