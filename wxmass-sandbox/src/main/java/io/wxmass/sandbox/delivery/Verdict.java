package io.wxmass.sandbox.delivery;

import java.util.List;
import java.util.Objects;

/**
 * What the rules decided for a job before delivery. {@code errStatus} null means deliver; otherwise the
 * job ends SEND_FAIL and the push's Status is {@code err(errStatus)} (e.g. 10001 advertising, 30003 reprint).
 *
 * @param checkState CopyrightCheckResult/CheckState: 1 not a reprint, 2 reprint allowed, 3 reprint refused
 */
public record Verdict(Integer errStatus, int checkState, List<CopyrightItem> copyrightItems) {
    private static final Verdict CLEAN = new Verdict(null, 1, List.of());

    public Verdict {
        copyrightItems = List.copyOf(Objects.requireNonNull(copyrightItems, "copyrightItems"));
    }

    /** Deliver; no originality findings. */
    public static Verdict clean() {
        return CLEAN;
    }

    /** Refuse the job with Status err(errStatus). */
    public static Verdict refused(int errStatus, int checkState, List<CopyrightItem> copyrightItems) {
        return new Verdict(errStatus, checkState, copyrightItems);
    }

    public boolean delivers() {
        return errStatus == null;
    }
}
