package io.wxmass.campaign;

import java.util.Objects;

/**
 * Who asked for an operator action (approve, pause, retract, ...): written to the audit log beside what
 * and when. An API key is named by its name, never by its secret.
 */
public record Actor(Kind kind, String name) {
    /** Where the action came from. */
    public enum Kind {
        /** A REST or console call authenticated by an API key; {@code name} is the key's name. */
        KEY,
        /** The {@code wxmass} command; {@code name} is the operating-system user. */
        CLI,
        /** wxmass itself (the scheduler, reconciliation). */
        SYSTEM
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name: must not be blank");
        }
    }

    public static Actor key(String keyName) {
        return new Actor(Kind.KEY, keyName);
    }

    public static Actor cli(String user) {
        return new Actor(Kind.CLI, user);
    }

    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component);
    }

    /** The form stored in the audit log and shown to operators, e.g. {@code key:ops-alice}. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }
}
