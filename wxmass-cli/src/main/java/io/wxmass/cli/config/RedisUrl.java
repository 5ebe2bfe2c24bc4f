package io.wxmass.cli.config;

import io.wxmass.campaign.cluster.SentinelUrl;
import io.wxmass.cli.output.Masking;
import io.wxmass.core.error.InvalidRequestException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * A validated {@code redis://[user:password@]host[:port][/db]} (or {@code rediss://}) URL, or a
 * {@code redis-sentinel://[user:password@]host:port[,host:port...]/masterName[/db]} one.
 * Validated here rather than by Jedis because Jedis echoes a URL it refuses, password included;
 * {@link #toString()} and every error show the URL with its password masked.
 */
public final class RedisUrl {
    static final int DEFAULT_PORT = 6379;
    private static final String RULE = "must be redis://[user:password@]host[:port][/db], rediss://... or "
            + "redis-sentinel://[user:password@]host:port[,host:port...]/masterName[/db]";

    private final URI uri;

    private RedisUrl(URI uri) {
        this.uri = uri;
    }

    /** @throws InvalidRequestException naming --redis-url, with the offending value masked */
    public static RedisUrl parse(String value) {
        Objects.requireNonNull(value, "value");
        if (SentinelUrl.matchesScheme(value)) {
            try {
                SentinelUrl.parse(value);
                return new RedisUrl(new URI(value));
            } catch (IllegalArgumentException | URISyntaxException e) {
                throw invalid(value); // never the exception's own message: it may hold the whole URL
            }
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
        boolean schemeOk = "redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean userInfoOk = uri.getRawUserInfo() == null || uri.getRawUserInfo().contains(":");
        if (!schemeOk || uri.getHost() == null || !userInfoOk
                || !(path.isEmpty() || path.equals("/") || path.matches("/\\d{1,2}"))) {
            throw invalid(value);
        }
        if (uri.getPort() == -1) {
            // Jedis refuses a URL without a port; Redis's own default is what anyone would expect.
            try {
                uri = new URI(uri.getScheme() + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                        + uri.getHost() + ":" + DEFAULT_PORT + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            } catch (URISyntaxException e) {
                throw invalid(value); // never the exception's own message: it holds the whole URL
            }
        }
        return new RedisUrl(uri);
    }

    /** The full URL, password included: for the Redis client only, never for output. */
    public URI uri() {
        return uri;
    }

    @Override
    public String toString() {
        return Masking.mask(uri.toString());
    }

    private static InvalidRequestException invalid(String value) {
        return new InvalidRequestException(Setting.REDIS_URL.flag(), RULE + ", was " + Masking.mask(value));
    }
}
