package io.wxmass.cli.platform;

import io.wxmass.campaign.cluster.ClusterMode;
import io.wxmass.cli.config.RedisUrl;
import io.wxmass.core.error.InvalidRequestException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process's {@link ClusterMode}: one Redis pool however many clients a command builds, so the
 * clients of one process also share their local fallback; closed by a shutdown hook, because
 * {@code serve} ends only when the JVM does.
 */
final class ProcessCluster {
    private record Key(String uri, int instances) {
    }

    private static final Map<Key, ClusterMode> MODES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessCluster::closeAll, "wxmass-cluster-close"));
    }

    private ProcessCluster() {
    }

    static ClusterMode get(RedisUrl redis, int instances) {
        return MODES.computeIfAbsent(new Key(redis.uri().toString(), instances), key -> build(redis, instances));
    }

    private static ClusterMode build(RedisUrl redis, int instances) {
        try {
            return ClusterMode.builder(redis.uri()).instances(instances).build();
        } catch (RuntimeException e) {
            // Not the exception's message: the Redis client may quote the URL, password included.
            throw new InvalidRequestException("--redis-url", "not usable (" + e.getClass().getSimpleName() + "): " + redis);
        }
    }

    private static void closeAll() {
        MODES.values().forEach(ClusterMode::close);
        MODES.clear();
    }
}
