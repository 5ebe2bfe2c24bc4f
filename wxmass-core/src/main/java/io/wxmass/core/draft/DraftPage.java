package io.wxmass.core.draft;

import java.util.List;

/**
 * One page of draft/batchget.
 *
 * @param totalCount drafts in the box
 * @param drafts     this page's drafts, newest first as the platform orders them
 */
public record DraftPage(int totalCount, List<Draft> drafts) {
    public DraftPage {
        drafts = List.copyOf(drafts);
    }
}
