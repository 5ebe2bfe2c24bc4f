package io.wxmass.campaign.cluster;

import java.util.Objects;

/**
 * Names of every key wxmass writes, under one namespace so several deployments can share a Redis.
 * The appId sits in a hash tag ({@code {appId}}) so that on Redis Cluster one account's keys share a
 * slot.
 */
public record RedisKeys(String namespace) {
    public static final String DEFAULT_NAMESPACE = "wxmass";

    public RedisKeys {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isBlank() || namespace.contains("{") || namespace.contains("}")) {
            throw new IllegalArgumentException("namespace must be non-blank and free of braces, was '" + namespace + "'");
        }
    }

    public static RedisKeys defaults() {
        return new RedisKeys(DEFAULT_NAMESPACE);
    }

    public String token(String appId) {
        return namespace + ":token:{" + Objects.requireNonNull(appId, "appId") + "}";
    }

    public String refreshLease(String appId) {
        return namespace + ":token-lease:{" + Objects.requireNonNull(appId, "appId") + "}";
    }

    public String massBudget(String appId) {
        return namespace + ":mass-budget:{" + Objects.requireNonNull(appId, "appId") + "}";
    }
}
