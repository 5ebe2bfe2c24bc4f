package io.wxmass.core.callback.event;

/**
 * The platform's originality audit of an article, {@code AuditState}: 0 not yet checked, 1 checking,
 * 11 passed, and per the new docs any other value means not passed (the old example's 2 included).
 */
public enum AuditState {
    NOT_YET_CHECKED,
    CHECKING,
    PASSED,
    NOT_PASSED;

    public static AuditState of(int code) {
        return switch (code) {
            case 0 -> NOT_YET_CHECKED;
            case 1 -> CHECKING;
            case 11 -> PASSED;
            default -> NOT_PASSED;
        };
    }
}
