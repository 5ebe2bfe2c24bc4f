package io.wxmass.spring;

import io.wxmass.campaign.cluster.RedisKeys;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/** wxmass-campaign's cluster-mode Lua scripts, read from its jar next to RedisKeys (not copied), so both speak one protocol. */
final class ClusterScripts {
    static final RedisScript<Long> COMPARE_AND_DELETE = load("compare-and-delete.lua");
    static final RedisScript<Long> EXPIRE_IF_CURRENT = load("expire-token-if-current.lua");
    static final RedisScript<Long> ROLLING_WINDOW_ACQUIRE = load("rolling-window-acquire.lua");

    private ClusterScripts() {
    }

    private static RedisScript<Long> load(String name) {
        return RedisScript.of(new ClassPathResource(name, RedisKeys.class), Long.class);
    }
}
