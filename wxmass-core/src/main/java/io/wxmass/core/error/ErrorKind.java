package io.wxmass.core.error;

/**
 * What a failure means to whoever reported it, with the one HTTP status (the receiver's REST API) and the
 * one exit code (the {@code wxmass} command) of each kind. {@link #of(Throwable)} is the only map from an
 * exception to these; every {@link WxMassException} names its kind.
 */
public enum ErrorKind {
    /** Bad input: a field broke a rule, a push or a request body was refused. Nothing was sent. */
    INVALID("invalid", 400, 2),
    /** The platform answered with an errcode. */
    PLATFORM("platform", 502, 1),
    /** No readable answer: refused, timed out, reset, not JSON. */
    NETWORK("network", 504, 3),
    /** What the step names does not exist (an unknown campaign). */
    NOT_FOUND("not_found", 404, 4),
    /** What the step names is in a state where the step cannot run. */
    CONFLICT("conflict", 409, 4),
    /** The database or the shared store failed. */
    STORE("store", 503, 4),
    /** Anything else: a bug. */
    INTERNAL("internal", 500, 70);

    private final String label;
    private final int httpStatus;
    private final int exitCode;

    ErrorKind(String label, int httpStatus, int exitCode) {
        this.label = label;
        this.httpStatus = httpStatus;
        this.exitCode = exitCode;
    }

    /** The failure's kind: its own for a {@link WxMassException}, {@link #INTERNAL} for anything else. */
    public static ErrorKind of(Throwable error) {
        return error instanceof WxMassException wx ? wx.errorKind() : INTERNAL;
    }

    /** The name in JSON error bodies, e.g. {@code "not_found"}. */
    public String label() {
        return label;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int exitCode() {
        return exitCode;
    }
}
