package io.wxmass.cli.output;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/** A bar redrawn in place with a carriage return, with the time left; only used when stderr is a terminal. */
final class TtyProgress implements Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final Eta eta;
    private int lastPercent = -1;
    private boolean closed;

    TtyProgress(PrintWriter err, String label, long total) {
        this(err, label, total, System::nanoTime);
    }

    TtyProgress(PrintWriter err, String label, long total, LongSupplier nanoTime) {
        this.eta = new Eta(nanoTime);
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    @Override
    public synchronized void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        String left = eta.after(done, total).map(e -> " " + e).orElse("");
        if (closed || percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + percent + "% " + Math.min(done, total) + "/" + total + left + "    ");
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
