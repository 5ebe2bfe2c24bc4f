package io.wxmass.cli.output;

import io.wxmass.core.error.ErrorKind;

/**
 * The documented exit codes of {@code wxmass} (also in the README and every --help footer).
 * Scripts branch on these, so the numbers never change meaning. The failures' codes are core's
 * {@link ErrorKind} map, named here; OK and INCOMPLETE are the CLI's own.
 */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** The platform answered with an errcode (quota, permission, unknown media, ...). */
    public static final int PLATFORM = ErrorKind.PLATFORM.exitCode();
    /** Bad flag, bad input or missing configuration; nothing was sent. */
    public static final int USAGE = ErrorKind.INVALID.exitCode();
    /** The platform (or base URL) could not be reached or gave no readable answer. */
    public static final int NETWORK = ErrorKind.NETWORK.exitCode();
    /** The local store refused: unknown campaign, wrong campaign state, database error. */
    public static final int STATE = ErrorKind.CONFLICT.exitCode();
    /** A campaign finished with failed or parked batches (the work is known, but not all delivered). */
    public static final int INCOMPLETE = 5;
    /** Anything unexpected: a bug; the one line says what. */
    public static final int INTERNAL = ErrorKind.INTERNAL.exitCode();

    /** Shown at the foot of every --help. */
    public static final String HELP_FOOTER = "%nExit codes: 0 ok, 1 platform error (errcode), 2 usage or bad input,"
            + " 3 network/unreachable, 4 store or campaign state, 5 campaign incomplete, 70 internal error.";

    private ExitCode() {
    }
}
