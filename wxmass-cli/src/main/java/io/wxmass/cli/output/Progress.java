package io.wxmass.cli.output;

/** Progress of a long piece of work (planning, sending, waiting for events). */
public interface Progress extends AutoCloseable {
    /** Sets the amount done so far (absolute, so a repeated update is harmless). */
    void update(long done);

    /** Finishes the bar or line; idempotent. */
    @Override
    void close();

    static Progress silent() {
        return new Progress() {
            @Override
            public void update(long done) {
            }

            @Override
            public void close() {
            }
        };
    }
}
