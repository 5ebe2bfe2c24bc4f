package io.wxmass.campaign.cluster;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.HostAndPort;

/**
 * {@code redis-sentinel://[user:password@]host:port[,host:port...]/masterName[/db]}: where to ask which Redis is
 * the master now. The user and password are the master's; the sentinels are reached without them.
 * Errors never repeat the URL's password.
 */
public record SentinelUrl(Set<HostAndPort> sentinels, String masterName, String user, String password, int database) {
    public static final String SCHEME = "redis-sentinel";
    public static final String RULE = "must be redis-sentinel://[user:password@]host:port[,host:port...]/masterName[/db]";
    private static final Pattern SHAPE = Pattern.compile(
            "redis-sentinel://(?:([^:@/]*):([^@/]*)@)?([^/@]+)/([A-Za-z0-9._-]+)(?:/(\\d{1,2}))?/?");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9._-]+):(\\d{1,5})");

    public SentinelUrl {
        sentinels = Collections.unmodifiableSet(new LinkedHashSet<>(sentinels)); // in the order given
        Objects.requireNonNull(masterName, "masterName");
    }

    public static boolean matchesScheme(String url) {
        return url.startsWith(SCHEME + "://");
    }

    /** @throws IllegalArgumentException naming the rule, never the password */
    public static SentinelUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        Matcher m = SHAPE.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("redis url " + RULE);
        }
        Set<HostAndPort> sentinels = new LinkedHashSet<>();
        for (String one : m.group(3).split(",")) {
            Matcher hp = HOST_PORT.matcher(one);
            if (!hp.matches() || Integer.parseInt(hp.group(2)) > 65535) {
                throw new IllegalArgumentException("redis url " + RULE + " (each sentinel as host:port)");
            }
            String host = hp.group(1).startsWith("[") ? hp.group(1).substring(1, hp.group(1).length() - 1) : hp.group(1);
            sentinels.add(new HostAndPort(host, Integer.parseInt(hp.group(2))));
        }
        String user = m.group(1) == null || m.group(1).isEmpty() ? null : decode(m.group(1));
        String password = m.group(2) == null || m.group(2).isEmpty() ? null : decode(m.group(2));
        int database = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        return new SentinelUrl(sentinels, m.group(4), user, password, database);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return SCHEME + "://" + (user == null && password == null ? "" : (user == null ? "" : user) + ":***@")
                + String.join(",", sentinels.stream().map(HostAndPort::toString).toList()) + "/" + masterName + "/" + database;
    }
}
