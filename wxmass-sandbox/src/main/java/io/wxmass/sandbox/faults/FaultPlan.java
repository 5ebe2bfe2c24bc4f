package io.wxmass.sandbox.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seeded, reproducible faults, set per endpoint path (e.g. {@code /cgi-bin/message/mass/send}) and for
 * pushes. Mutable and thread-safe so the admin API can change it while the sandbox runs.
 *
 * <p>The n-th decision for a target is a pure function of (seed, target, n): a given seed and the same
 * order of calls per endpoint always give the same faults, whatever happens on other endpoints.
 * Setting a kind again for the same target replaces its share.
 */
public final class FaultPlan {
    /** The target name pushes are decided under; not a path, so it cannot clash with an endpoint. */
    public static final String CALLBACKS = "<callbacks>";

    private final Map<String, Map<Class<? extends FaultAction>, FaultRule>> rules = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private volatile long seed;

    private FaultPlan(long seed) {
        this.seed = seed;
    }

    /** No faults (rules may still be added later). */
    public static FaultPlan none() {
        return new FaultPlan(0L);
    }

    public static FaultPlan seeded(long seed) {
        return new FaultPlan(seed);
    }

    public long seed() {
        return seed;
    }

    /** Answers {@code share} of the calls to {@code path} with errcode -1. */
    public FaultPlan systemError(String path, double share) {
        return put(path, new FaultRule(share, FaultAction.SYSTEM_ERROR));
    }

    /** Holds {@code share} of the calls to {@code path} for {@code d} before answering. */
    public FaultPlan delay(String path, double share, Duration d) {
        return put(path, new FaultRule(share, new FaultAction.Delay(d)));
    }

    /** Cuts {@code share} of the answers to {@code path} mid-response. */
    public FaultPlan cut(String path, double share) {
        return put(path, new FaultRule(share, FaultAction.CUT));
    }

    /** Answers {@code share} of the calls to {@code path} with {@code errcode} and {@code errmsg}, the endpoint not run. */
    public FaultPlan refuse(String path, double share, int errcode, String errmsg) {
        return put(path, new FaultRule(share, new FaultAction.Refuse(errcode, errmsg)));
    }

    /** Never posts {@code share} of the MASSSENDJOBFINISH pushes. */
    public FaultPlan dropCallbacks(double share) {
        return put(CALLBACKS, new FaultRule(share, FaultAction.DROP));
    }

    /** Posts {@code share} of the pushes only after {@code d}. */
    public FaultPlan delayCallbacks(double share, Duration d) {
        return put(CALLBACKS, new FaultRule(share, new FaultAction.Delay(d)));
    }

    /** The rule kinds {@link #add} knows, as the admin API and the console name them. */
    public static final List<String> KINDS = List.of("system_error", "delay", "cut", "drop_callbacks", "delay_callbacks");

    /**
     * Adds a rule by its kind's name; {@code path} is ignored by the callback kinds, {@code d} by the kinds
     * without a delay. An unknown kind is an {@link IllegalArgumentException} naming the known ones.
     */
    public FaultPlan add(String kind, String path, double share, Duration d) {
        return switch (kind) {
            case "system_error" -> systemError(path, share);
            case "delay" -> delay(path, share, d);
            case "cut" -> cut(path, share);
            case "drop_callbacks" -> dropCallbacks(share);
            case "delay_callbacks" -> delayCallbacks(share, d);
            default -> throw new IllegalArgumentException("kind: one of " + String.join(", ", KINDS));
        };
    }

    /** The fault for the next call to {@code path}: NONE, SYSTEM_ERROR, DELAY(d) or CUT. */
    public FaultAction decide(String path) {
        return decideFor(checkPath(path));
    }

    /** The fault for the next push: NONE, DROP or DELAY(d). */
    public FaultAction decideCallback() {
        return decideFor(CALLBACKS);
    }

    /** Removes every rule and restarts the sequences from {@code newSeed}. */
    public synchronized FaultPlan reset(long newSeed) {
        rules.clear();
        calls.clear();
        this.seed = newSeed;
        return this;
    }

    /** A copy of the rules per target, for the admin API. */
    public Map<String, List<FaultRule>> rules() {
        Map<String, List<FaultRule>> copy = new LinkedHashMap<>();
        rules.forEach((target, byKind) -> {
            synchronized (byKind) {
                copy.put(target, List.copyOf(byKind.values()));
            }
        });
        return copy;
    }

    private FaultPlan put(String target, FaultRule rule) {
        Map<Class<? extends FaultAction>, FaultRule> byKind =
                rules.computeIfAbsent(checkPath(target), t -> new LinkedHashMap<>());
        synchronized (byKind) {
            double others = byKind.entrySet().stream()
                    .filter(e -> e.getKey() != rule.action().getClass())
                    .mapToDouble(e -> e.getValue().share()).sum();
            if (others + rule.share() > 1.0 + 1e-9) {
                throw new IllegalArgumentException("shares for " + target + " would add up to more than 1");
            }
            byKind.put(rule.action().getClass(), rule);
        }
        return this;
    }

    private FaultAction decideFor(String target) {
        Map<Class<? extends FaultAction>, FaultRule> byKind = rules.get(target);
        if (byKind == null) {
            return FaultAction.NONE;
        }
        long n = calls.computeIfAbsent(target, t -> new AtomicLong()).getAndIncrement();
        double u = uniform(seed, target, n);
        List<FaultRule> snapshot;
        synchronized (byKind) {
            snapshot = new ArrayList<>(byKind.values());
        }
        double edge = 0.0;
        for (FaultRule rule : snapshot) {
            edge += rule.share();
            if (u < edge) {
                return rule.action();
            }
        }
        return FaultAction.NONE;
    }

    /** SplitMix64 over (seed, target, n) mapped to [0, 1); String.hashCode is fixed by the JLS, so stable. */
    static double uniform(long seed, String target, long n) {
        long z = mix(mix(seed ^ target.hashCode()) + n * 0x9E3779B97F4A7C15L);
        return (z >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String checkPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        return path;
    }

    @Override
    public String toString() {
        return "FaultPlan[seed=" + seed + ", targets=" + rules.keySet() + "]";
    }
}
