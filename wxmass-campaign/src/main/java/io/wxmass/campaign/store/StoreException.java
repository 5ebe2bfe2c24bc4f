package io.wxmass.campaign.store;

/** A database failure, unchecked so that callers handle it at the edge (CLI, worker loop). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
