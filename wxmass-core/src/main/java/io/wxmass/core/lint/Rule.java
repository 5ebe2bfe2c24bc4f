package io.wxmass.core.lint;

/** What a {@link Finding} is about; stable names for scripts ({@code send --dry-run --json}). */
public enum Rule {
    /** The payload does not fit the endpoint: image vs images, video vs mpvideo, preview shapes. */
    MESSAGE_TYPE,
    /** An article_id (from publishing) where a media_id (a draft) is needed; the platform answers 40007. */
    ARTICLE_ID_AS_MEDIA_ID,
    /** An mpnews send without an explicit send_ignore_reprint choice. */
    IGNORE_REPRINT_CHOICE,
    /** The audience is every follower without the caller saying so. */
    ALL_FOLLOWERS_BY_ACCIDENT,
    /** A draft media_id already used by an earlier send: the platform consumes it with the first (D17). */
    DRAFT_REUSED,
    /** A message type or endpoint the platform no longer supports. */
    NO_LONGER_SUPPORTED
}
