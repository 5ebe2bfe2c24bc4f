package io.wxmass.core.callback.event;

import java.util.Optional;

/** What the author declared for an article, {@code UserDeclareState} (values from the new docs, docs/platform.md §4.2). */
public enum UserDeclareState {
    NOT_DECLARED(0),
    DECLARED_ORIGINAL(1),
    DECLARED_REPRINT(2);

    private final int code;

    UserDeclareState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<UserDeclareState> of(int code) {
        for (UserDeclareState state : values()) {
            if (state.code == code) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
