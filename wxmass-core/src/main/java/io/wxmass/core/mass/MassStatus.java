package io.wxmass.core.mass;

import java.util.Objects;

/** The msg_status values of /mass/get (docs/platform.md §1.9); any other value reads as {@link #UNKNOWN}. */
public enum MassStatus {
    SEND_SUCCESS,
    SENDING,
    SEND_FAIL,
    DELETE,
    UNKNOWN;

    public static MassStatus fromWire(String raw) {
        Objects.requireNonNull(raw, "raw");
        for (MassStatus status : values()) {
            if (status != UNKNOWN && status.name().equals(raw.trim())) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
