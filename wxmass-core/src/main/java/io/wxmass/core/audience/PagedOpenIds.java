package io.wxmass.core.audience;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a next_openid-paged list one page at a time, fetching the next page only when the
 * previous one has been consumed, so a follower list of millions never sits in memory at once.
 *
 * <p>The walk ends at an empty page, an empty cursor, or a cursor that does not move (which would
 * otherwise loop forever on a misbehaving server).
 */
final class PagedOpenIds implements Spliterator<String> {
    private final Function<String, OpenIdPage> fetchPage;
    private String cursor;
    private Iterator<String> buffered = Collections.emptyIterator();
    private boolean lastPageFetched;

    /** @param fetchPage fetches the page after a cursor; the first cursor is the empty string */
    PagedOpenIds(Function<String, OpenIdPage> fetchPage, String startAfter) {
        this.fetchPage = Objects.requireNonNull(fetchPage, "fetchPage");
        this.cursor = Objects.requireNonNull(startAfter, "startAfter");
    }

    @Override
    public boolean tryAdvance(Consumer<? super String> action) {
        while (!buffered.hasNext()) {
            if (lastPageFetched) {
                return false;
            }
            OpenIdPage page = fetchPage.apply(cursor);
            buffered = page.openIds().iterator();
            lastPageFetched = page.isLastAfter(cursor);
            cursor = page.nextOpenId();
        }
        action.accept(buffered.next());
        return true;
    }

    @Override
    public Spliterator<String> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }
}
