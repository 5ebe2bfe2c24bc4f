package io.wxmass.campaign.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script shipped as a resource next to this class, run with EVALSHA. A restarted Redis has
 * an empty script cache, so NOSCRIPT falls back to EVAL once (which also caches it again).
 */
final class LuaScript {
    private final String source;
    private final String sha1;

    private LuaScript(String source, String sha1) {
        this.source = source;
        this.sha1 = sha1;
    }

    static LuaScript load(String resourceName) {
        Objects.requireNonNull(resourceName, "resourceName");
        try (InputStream in = LuaScript.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + resourceName);
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LuaScript(source, sha1Hex(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script resource " + resourceName, e);
        }
    }

    private static String sha1Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JDK", e);
        }
    }

    Object run(Jedis jedis, List<String> keys, List<String> args) {
        try {
            return jedis.evalsha(sha1, keys, args);
        } catch (JedisNoScriptException e) {
            return jedis.eval(source, keys, args);
        }
    }
}
