package io.wxmass.sandbox.config;

import java.util.Objects;

/**
 * An originality verdict: an article whose text contains {@code phrase} is judged a reprint of
 * {@code originalUrl}; {@code canReprint} says whether the original allows reprinting.
 */
public record ReprintRule(String phrase, boolean canReprint, String originalUrl) {
    public ReprintRule {
        Objects.requireNonNull(phrase, "phrase");
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("phrase: must not be empty");
        }
        originalUrl = originalUrl == null ? "http://mp.weixin.qq.com/s/original" : originalUrl;
    }
}
