package io.wxmass.campaign;

/** How a campaign's audience is stored and resolved. */
public enum AudienceKind {
    /** An explicit openid list (a file or the caller's list), frozen into /mass/send batches. */
    OPENIDS,
    /** A tag's members, read through the user API and frozen into /mass/send batches. */
    TAG_MEMBERS,
    /** Every follower, read through the user API and frozen into /mass/send batches. */
    FOLLOWERS,
    /** One sendall batch to a tag. */
    TAG,
    /** One sendall batch to all followers. */
    ALL
}
