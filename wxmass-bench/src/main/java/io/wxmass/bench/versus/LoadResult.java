package io.wxmass.bench.versus;

/**
 * Closed-loop load figures: calls completed per second over the measured window, latency percentiles, and the
 * requests the sandbox received on the measured path in that window ({@code wire}).
 */
record LoadResult(int callers, long calls, long errors, double seconds, double p50Millis, double p99Millis, long wire) {
    double perSecond() {
        return calls / seconds;
    }

    /** Requests on the wire per completed call: 1.00 when every call is its own request. */
    double wirePerCall() {
        return calls == 0 ? Double.NaN : (double) wire / calls;
    }
}
