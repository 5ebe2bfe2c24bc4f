package io.wxmass.bench.versus;

/** Closed-loop load figures: calls completed per second over the measured window, latency percentiles. */
record LoadResult(int callers, long calls, long errors, double seconds, double p50Millis, double p99Millis) {
    double perSecond() {
        return calls / seconds;
    }
}
