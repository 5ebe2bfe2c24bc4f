package io.wxmass.sandbox.server;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Exact paths first, then the longest registered prefix (for /admin/... and served images). */
public final class Router {
    /** A route found for a path, and the key it is counted under: its exact path, or its prefix. */
    public record Match(String key, Route route) {
    }

    private record Prefixed(String prefix, Route route) {
    }

    private final Map<String, Route> exact = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Prefixed> prefixes = new CopyOnWriteArrayList<>();

    public Router route(String path, Route route) {
        exact.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(route, "route"));
        return this;
    }

    public Router prefix(String prefix, Route route) {
        prefixes.add(new Prefixed(Objects.requireNonNull(prefix, "prefix"), Objects.requireNonNull(route, "route")));
        return this;
    }

    public Optional<Match> match(String path) {
        Route r = exact.get(path);
        if (r != null) {
            return Optional.of(new Match(path, r));
        }
        return prefixes.stream().filter(p -> path.startsWith(p.prefix()))
                .max((a, b) -> Integer.compare(a.prefix().length(), b.prefix().length()))
                .map(p -> new Match(p.prefix(), p.route()));
    }
}
