package io.wxmass.campaign.auth;

import io.wxmass.campaign.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A stored API key: its name and scopes, never its secret (only the secret's SHA-256 is kept). */
public record ApiKey(String name, Set<Scope> scopes, Instant createdAt, Optional<Instant> revokedAt) {
    public ApiKey {
        Objects.requireNonNull(name, "name");
        if (Objects.requireNonNull(scopes, "scopes").isEmpty()) {
            throw new IllegalArgumentException("scopes: at least one");
        }
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean allows(Scope scope) {
        return scopes.contains(Scope.ADMIN) || scopes.contains(scope);
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }

    /** Who acts in the audit log when this key calls the API. */
    public Actor actor() {
        return Actor.key(name);
    }
}
