package io.wxmass.cli.command;

import picocli.CommandLine.Option;

/** The paging flags of the platform's batchget lists (drafts, publishes): offset, 1..20 a page, content or not. */
public final class PageOptions {
    @Option(names = "--offset", defaultValue = "0", description = "First item to show (default 0).")
    public int offset;

    @Option(names = "--count", defaultValue = "20", description = "Items per page, 1 to 20 (default 20).")
    public int count;

    @Option(names = "--with-content", description = "Include each article's content in the answer (left out by default).")
    public boolean withContent;

    /** batchget's {@code no_content}. */
    public boolean noContent() {
        return !withContent;
    }
}
