package io.wxmass.core.audience;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the platform refused a tag change, for the codes the tag pages document (docs/platform.md §11).
 * Callers branch on this rather than on numbers: a user at 20 tags is sent another way, a full
 * account needs a tag deleted, a big tag needs untagging before it can be deleted.
 */
public enum TagRefusal {
    /** 45059: a user in the call already carries 20 tags; whether the others were tagged is not said. */
    USER_AT_TAG_LIMIT(45059),
    /** 45056: the account already has 100 tags. */
    ACCOUNT_AT_TAG_LIMIT(45056),
    /** 45157: the name is empty or another tag has it. */
    INVALID_NAME(45157),
    /** 45158: the name is longer than 30 bytes. */
    NAME_TOO_LONG(45158),
    /** 45159: no such tag. */
    UNKNOWN_TAG(45159),
    /** 45058: tags 0, 1 and 2 belong to the platform. */
    SYSTEM_TAG(45058),
    /** 45057: more than 100,000 followers carry the tag; untag some before deleting it. */
    TOO_MANY_MEMBERS_TO_DELETE(45057),
    /** 40032: the openid list is empty or longer than 50. */
    LIST_SIZE(40032),
    /** 40003: an openid does not follow the account. */
    INVALID_OPENID(40003),
    /** 49003: an openid belongs to another account. */
    OPENID_OF_ANOTHER_APP(49003),
    /** 45169: another change to one of these openids is in progress; try again. */
    CONCURRENT_CHANGE(45169);

    private final int errcode;

    TagRefusal(int errcode) {
        this.errcode = errcode;
    }

    public int errcode() {
        return errcode;
    }

    static Optional<TagRefusal> of(int errcode) {
        return Arrays.stream(values()).filter(r -> r.errcode == errcode).findFirst();
    }
}
