package io.wxmass.core.lint;

import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pre-flight lint: what a send or preview would get wrong, found before any call. Nothing here
 * talks to the platform; the caller supplies what it knows (history, audience size, intent).
 *
 * <pre>{@code
 * List<Finding> findings = Preflight.send(message, audience)
 *         .ignoreReprint(choice)            // leave out when the operator made no choice
 *         .allFollowersIntended(false)      // the operator did not ask for everyone
 *         .audienceSize(members, followers) // when known
 *         .history(history)
 *         .findings();
 * if (Finding.anyError(findings)) { ... do not send ... }
 * }</pre>
 * Raw JSON bodies are checked by {@link BodyLint#check(String, com.fasterxml.jackson.databind.JsonNode)}.
 */
public final class Preflight {
    private final MassMessage message;
    private final Audience audience;
    private final PreviewTarget previewTarget;
    private boolean reprintChosen;
    private boolean allFollowersIntended;
    private long audienceSize = -1;
    private long followerCount = -1;
    private SendHistory history = SendHistory.EMPTY;

    private Preflight(MassMessage message, Audience audience, PreviewTarget previewTarget) {
        this.message = Objects.requireNonNull(message, "message");
        this.audience = audience;
        this.previewTarget = previewTarget;
    }

    /** A mass send (sendall or send). */
    public static Preflight send(MassMessage message, Audience audience) {
        return new Preflight(message, Objects.requireNonNull(audience, "audience"), null);
    }

    /** A preview to one user. */
    public static Preflight preview(MassMessage message, PreviewTarget target) {
        return new Preflight(message, null, Objects.requireNonNull(target, "target"));
    }

    /** The caller's send_ignore_reprint choice; not called when none was made (the lint asks for one). */
    public Preflight ignoreReprint(boolean choice) {
        this.reprintChosen = true;
        return this;
    }

    /** Whether the operator explicitly asked for every follower (e.g. {@code send --all}). */
    public Preflight allFollowersIntended(boolean intended) {
        this.allFollowersIntended = intended;
        return this;
    }

    /** How many users the audience resolves to, and how many followers the account has, when known. */
    public Preflight audienceSize(long audienceSize, long followerCount) {
        this.audienceSize = audienceSize;
        this.followerCount = followerCount;
        return this;
    }

    public Preflight history(SendHistory history) {
        this.history = Objects.requireNonNull(history, "history");
        return this;
    }

    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        messageType(findings);
        mediaId(findings);
        if (audience != null) {
            reprintChoice(findings);
            allFollowers(findings);
        }
        return List.copyOf(findings);
    }

    private void messageType(List<Finding> findings) {
        if (message instanceof MassMessage.Images images && previewTarget != null && images.mediaIds().size() != 1) {
            findings.add(Finding.error(Rule.MESSAGE_TYPE, "image.media_id",
                    "a preview shows exactly one image (image{media_id}), got " + images.mediaIds().size()
                            + "; preview each image, or send images{media_ids} with sendall/send"));
        }
        if (message instanceof MassMessage.WxCard) {
            findings.add(Finding.warning(Rule.NO_LONGER_SUPPORTED, "wxcard",
                    "the sendall error table now lists 45113: product messages and cards can no longer be published"));
        }
    }

    private void mediaId(List<Finding> findings) {
        if (!(message instanceof MassMessage.MpNews news)) {
            return;
        }
        String id = news.mediaId();
        if (history.articleIds().contains(id)) {
            findings.add(Finding.error(Rule.ARTICLE_ID_AS_MEDIA_ID, "mpnews.media_id",
                    id + " is an article_id from publishing, not a media_id: mass sends take the draft's media_id "
                            + "(draft/add) and answer 40007 otherwise"));
        }
        if (audience != null && history.sentMediaIds().contains(id)) {
            findings.add(Finding.error(Rule.DRAFT_REUSED, "mpnews.media_id",
                    id + " was already sent; the platform consumes a draft with its first send (then 40007): "
                            + "make a fresh draft of the same articles for this send"));
        }
    }

    private void reprintChoice(List<Finding> findings) {
        if (message instanceof MassMessage.MpNews && !reprintChosen) {
            findings.add(Finding.warning(Rule.IGNORE_REPRINT_CHOICE, "send_ignore_reprint",
                    "no choice made, so 0 is sent: an article judged a reprint stops the whole send; choose "
                            + "explicitly (1 continues where the original allows reprinting)"));
        }
    }

    private void allFollowers(List<Finding> findings) {
        if (audience instanceof Audience.AllFollowers && !allFollowersIntended) {
            findings.add(Finding.error(Rule.ALL_FOLLOWERS_BY_ACCIDENT, "filter.is_to_all",
                    "this sends to every follower (is_to_all=true, it enters the history list and may wait for an "
                            + "admin's confirmation) although nobody asked for all followers"));
        } else if (!(audience instanceof Audience.AllFollowers) && followerCount > 0 && audienceSize >= followerCount) {
            String field = audience instanceof Audience.Tag ? "filter.tag_id" : "touser";
            findings.add(Finding.warning(Rule.ALL_FOLLOWERS_BY_ACCIDENT, field,
                    "the audience resolves to all " + followerCount + " followers (" + audienceSize
                            + "); if everyone is meant, send to all followers; otherwise check the tag or the list"));
        }
    }
}
