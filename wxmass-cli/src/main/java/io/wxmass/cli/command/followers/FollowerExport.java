package io.wxmass.cli.command.followers;

import io.wxmass.core.audience.OpenIdLines;
import io.wxmass.core.error.InvalidRequestException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Pages the follower list into a file, one openid a line. One page is fetched ahead (and parsed straight
 * into its UTF-8 lines, {@link OpenIdLines}) while the last is written, so at most two pages (20,000 openids,
 * ~0.6 MB) are in memory whatever the list's size. The file is forced to disk and then the checkpoint
 * beside it moves on at most once a {@link #CHECKPOINT_EVERY} (an fsync per page cost 15–20 ms each, more
 * than fetching the page), and always before a failure is reported; a rerun truncates the file to the
 * checkpoint's length (dropping the pages written after it when the process died) and fetches from its
 * cursor, so the file never holds a duplicate or misses an openid.
 */
final class FollowerExport {
    /** Progress: openids written so far, and the list's total (the first page's, or written when unknown). */
    interface Listener {
        void written(long done, long total);
    }

    /** @param resumedAt openids already in the file when this run started (0 for a fresh export) */
    record Outcome(long written, long resumedAt) {
    }

    /** How much a crash may make a rerun fetch again, at most; the fsync it saves is per page otherwise. */
    static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);

    private final Function<String, OpenIdLines> pages;
    private final Path file;
    private final Path state;

    FollowerExport(Function<String, OpenIdLines> pages, Path file) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.file = Objects.requireNonNull(file, "file");
        this.state = ExportCheckpoint.beside(file);
    }

    Outcome run(Listener listener) throws IOException, InterruptedException {
        ExportCheckpoint at = start();
        long resumedAt = at.written();
        ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wxmass-follower-fetch");
            t.setDaemon(true);
            return t;
        });
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(at.bytes()).position(at.bytes());
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            String cursor = at.cursor();
            long written = at.written();
            long checkpointed = System.nanoTime();
            Future<OpenIdLines> next = fetcher.submit(fetch(cursor));
            while (true) {
                OpenIdLines page;
                try {
                    page = await(next);
                } catch (RuntimeException | InterruptedException e) {
                    // What is written so far stays: the rerun starts after it.
                    checkpoint(out, channel, cursor, written, at);
                    throw e;
                }
                boolean last = page.isLastAfter(cursor);
                if (!last) {
                    next = fetcher.submit(fetch(page.nextOpenId()));
                }
                page.writeTo(out);
                written += page.count();
                cursor = page.nextOpenId();
                listener.written(written, page.total().orElse(written));
                if (last) {
                    out.flush();
                    channel.force(false);
                    at = new ExportCheckpoint(cursor, channel.position(), written);
                    break;
                }
                if (System.nanoTime() - checkpointed >= CHECKPOINT_EVERY.toNanos()) {
                    at = checkpoint(out, channel, cursor, written, at);
                    checkpointed = System.nanoTime();
                }
            }
        } finally {
            fetcher.shutdownNow();
        }
        Files.delete(state);
        return new Outcome(at.written(), resumedAt);
    }

    /**
     * Makes everything written durable, then records it (the file's length, {@code written} openids, the
     * {@code cursor} after them). Returns the new checkpoint, or {@code at} when nothing was written since.
     */
    private ExportCheckpoint checkpoint(OutputStream out, FileChannel channel, String cursor, long written,
                                        ExportCheckpoint at) throws IOException {
        if (written == at.written()) {
            return at;
        }
        out.flush();
        channel.force(false);
        ExportCheckpoint now = new ExportCheckpoint(cursor, channel.position(), written);
        now.write(state);
        return now;
    }

    /** The checkpoint to continue from: the state file's, or the start of a new file. */
    private ExportCheckpoint start() throws IOException {
        if (Files.exists(state)) {
            ExportCheckpoint at = ExportCheckpoint.read(state);
            if (!Files.exists(file) || Files.size(file) < at.bytes()) {
                throw new InvalidRequestException("FILE", file + " is shorter than " + state
                        + " records (changed since the export stopped?); remove both to start over");
            }
            return at;
        }
        if (Files.exists(file) && Files.size(file) > 0) {
            throw new InvalidRequestException("FILE", file + " exists and there is no " + state.getFileName()
                    + " to resume from; remove it or choose another file");
        }
        Files.write(file, new byte[0]);
        ExportCheckpoint.START.write(state);
        return ExportCheckpoint.START;
    }

    private Callable<OpenIdLines> fetch(String cursor) {
        return () -> pages.apply(cursor);
    }

    private static OpenIdLines await(Future<OpenIdLines> page) throws InterruptedException {
        try {
            return page.get();
        } catch (ExecutionException e) {
            // The platform's own error (typed, with its errcode) is what the caller reports.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
