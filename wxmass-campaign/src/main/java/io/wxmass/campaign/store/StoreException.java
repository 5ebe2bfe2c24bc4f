package io.wxmass.campaign.store;

import io.wxmass.core.error.StoreFailureException;

/** A database failure, unchecked so that callers handle it at the edge (CLI, worker loop, REST API). */
public final class StoreException extends StoreFailureException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message, null);
    }
}
