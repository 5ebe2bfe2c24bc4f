package io.wxmass.core.callback.event;

import java.util.Optional;

/** The documented overall results of the copyright (originality) check, {@code CheckState} (docs/platform.md §4.2). */
public enum CheckState {
    /** 1: not judged a reprint; may be mass-sent. */
    NOT_REPRINT(1),
    /** 2: judged a reprint; may be mass-sent. */
    REPRINT_SENDABLE(2),
    /** 3: judged a reprint; may not be mass-sent. */
    REPRINT_NOT_SENDABLE(3);

    private final int code;

    CheckState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Empty for undocumented codes, such as the 0 real pushes carry with Count 0. */
    public static Optional<CheckState> of(int code) {
        for (CheckState state : values()) {
            if (state.code == code) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
