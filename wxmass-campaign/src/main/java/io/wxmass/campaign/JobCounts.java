package io.wxmass.campaign;

/** The counts a MASSSENDJOBFINISH event reports for one job (docs/platform.md §4.2). */
public record JobCounts(long total, long filtered, long sent, long errors) {
    public static final JobCounts ZERO = new JobCounts(0, 0, 0, 0);

    public JobCounts plus(JobCounts other) {
        return new JobCounts(total + other.total, filtered + other.filtered, sent + other.sent, errors + other.errors);
    }
}
