package io.wxmass.core.callback.event;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The MASSSENDJOBFINISH push (docs/platform.md §4.2): the result of a mass send. Counts are pushed when the job is
 * about to finish, so they may differ slightly from the final figures; in principle
 * {@code filterCount == sentCount + errorCount}.
 *
 * @param msgId       the {@code MsgID}, equal to the {@code msg_id} returned by the send
 * @param articleUrls {@code ArticleUrlResult} items; empty when the section is absent (old pushes)
 */
public record MassSendJobFinished(EventHeader header,
                                  long msgId,
                                  JobStatus status,
                                  int totalCount,
                                  int filterCount,
                                  int sentCount,
                                  int errorCount,
                                  CopyrightCheck copyrightCheck,
                                  List<ArticleUrl> articleUrls) implements CallbackEvent {

    public static final String EVENT = "MASSSENDJOBFINISH";

    public MassSendJobFinished {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(copyrightCheck, "copyrightCheck");
        articleUrls = List.copyOf(articleUrls);
    }

    @Override
    public OptionalLong dedupeMsgId() {
        return OptionalLong.of(msgId);
    }
}
