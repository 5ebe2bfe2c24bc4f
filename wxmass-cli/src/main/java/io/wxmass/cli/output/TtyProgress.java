package io.wxmass.cli.output;

import java.io.PrintWriter;

/** A bar redrawn in place with a carriage return; only used when stderr is a terminal. */
final class TtyProgress implements Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private int lastPercent = -1;
    private boolean closed;

    TtyProgress(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    @Override
    public synchronized void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (closed || percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + percent + "% " + Math.min(done, total) + "/" + total);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            err.println();
        }
    }
}
