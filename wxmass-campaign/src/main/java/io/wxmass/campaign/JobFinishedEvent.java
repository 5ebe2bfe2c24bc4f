package io.wxmass.campaign;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The part of a MASSSENDJOBFINISH event a campaign keeps.
 *
 * @param dedupeKey     FromUserName, CreateTime and MsgID of the push (docs/platform.md D15): equal for every retry of one push
 * @param statusText    the raw Status: {@code send success}, {@code sendsuccess}, {@code send fail} or {@code err(n)}
 * @param checkState    the copyright CheckState, when the event carried one
 * @param copyrightJson the per-article copyright items as JSON, or null
 */
public record JobFinishedEvent(String dedupeKey, long msgId, String statusText, JobCounts counts,
                               OptionalInt checkState, String copyrightJson, List<String> articleUrls) {
    public JobFinishedEvent {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(statusText, "statusText");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(checkState, "checkState");
        articleUrls = List.copyOf(articleUrls);
    }

    /** "send success" in either spelling; anything else ("send fail", "err(n)") is a failure. */
    public boolean succeeded() {
        String s = statusText.strip().toLowerCase(java.util.Locale.ROOT);
        return s.equals("send success") || s.equals("sendsuccess");
    }

    /** The n of {@code err(n)}, if the status has that form. */
    public OptionalInt errorCode() {
        String s = statusText.strip();
        if (s.startsWith("err(") && s.endsWith(")")) {
            try {
                return OptionalInt.of(Integer.parseInt(s.substring(4, s.length() - 1)));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }
}
