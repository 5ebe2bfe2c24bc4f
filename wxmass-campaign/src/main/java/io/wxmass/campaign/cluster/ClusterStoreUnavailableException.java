package io.wxmass.campaign.cluster;

import io.wxmass.core.error.StoreFailureException;

/**
 * The shared store (Redis) could not answer: refused, timed out, loading, read-only replica.
 * The failover decorators catch exactly this type and switch to their local fallback; any other
 * exception is a bug and propagates.
 */
public final class ClusterStoreUnavailableException extends StoreFailureException {
    public ClusterStoreUnavailableException(String operation, Throwable cause) {
        super("shared store unavailable during " + operation + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }
}
