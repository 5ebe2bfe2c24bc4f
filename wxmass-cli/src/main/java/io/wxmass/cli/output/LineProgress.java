package io.wxmass.cli.output;

import java.io.PrintWriter;

/** Plain lines for logs and pipes: one at every 25 % step and one at the end, never a carriage return. */
final class LineProgress implements Progress {
    private static final int STEP_PERCENT = 25;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private int lastStep = -1;
    private long done;
    private boolean closed;

    LineProgress(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    @Override
    public synchronized void update(long done) {
        this.done = done;
        int step = (int) Math.min(100, done * 100 / total) / STEP_PERCENT;
        if (!closed && step != lastStep && step < 100 / STEP_PERCENT) {
            lastStep = step;
            err.println(label + ": " + done + "/" + total);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            err.println(label + ": " + Math.min(done, total) + "/" + total + " done");
        }
    }
}
