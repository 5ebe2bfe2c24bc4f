package io.wxmass.campaign.run;

import io.wxmass.campaign.store.BatchStore;
import io.wxmass.campaign.store.TemporaryTagStore;
import io.wxmass.core.WxMass;
import java.time.Clock;
import java.util.Objects;

/**
 * What a batch may need before its send: its temporary tag filled, its own draft made. Needs the
 * account's tag and draft APIs, which a worker built from a {@code MassApi} alone does not have.
 */
public final class SendPreparation {
    final TemporaryTagFill tags;
    final DraftPerBatch drafts;

    private SendPreparation(TemporaryTagFill tags, DraftPerBatch drafts) {
        this.tags = tags;
        this.drafts = drafts;
    }

    /** Through the account's own APIs. */
    public static SendPreparation of(WxMass wx, TemporaryTagStore tags, BatchStore batches, DraftBox drafts, Clock clock,
                                     WorkerSettings settings) {
        Objects.requireNonNull(wx, "wx");
        return new SendPreparation(new TemporaryTagFill(tags, wx.audience(), clock, settings),
                new DraftPerBatch(batches, drafts));
    }
}
