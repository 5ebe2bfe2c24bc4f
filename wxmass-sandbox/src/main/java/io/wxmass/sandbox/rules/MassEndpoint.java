package io.wxmass.sandbox.rules;

/** The mass endpoints whose permissions and counters differ. */
public enum MassEndpoint {
    SENDALL, SEND, PREVIEW, DELETE, GET, SPEED;

    /** sendall, send and preview share the 60-a-minute window (docs/platform.md D13). */
    public boolean rateLimited() {
        return this == SENDALL || this == SEND || this == PREVIEW;
    }
}
