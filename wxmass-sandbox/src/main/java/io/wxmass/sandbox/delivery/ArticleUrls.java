package io.wxmass.sandbox.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Permanent article URLs like the platform's ({@code http://mp.weixin.qq.com/s/<22 chars>}), stable per job and article. */
public final class ArticleUrls {
    static final String PREFIX = "http://mp.weixin.qq.com/s/";

    private ArticleUrls() {
    }

    static List<String> of(String appId, long msgId, int articleCount) {
        List<String> urls = new ArrayList<>(articleCount);
        for (int idx = 1; idx <= articleCount; idx++) {
            urls.add(PREFIX + token(appId + ':' + msgId + ':' + idx));
        }
        return List.copyOf(urls);
    }

    /** The permanent URL for any stable seed (a published article: publish_id and index). */
    public static String permanent(String seed) {
        return PREFIX + token(seed);
    }

    /** A draft's temporary preview link, like the platform's {@code s?...&tempkey=} links. */
    public static String temporary(String seed) {
        return "http://mp.weixin.qq.com/s?__biz=sandbox&tempkey=" + token(seed);
    }

    private static String token(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
