package io.wxmass.core.audience;

import io.wxmass.core.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The tag limits the SDK can check before any call (docs/platform.md §11). The name limit is read as
 * 30 bytes, the stricter of the two readings the sources give, so a name accepted here is accepted
 * under either.
 */
public final class TagRules {
    /** Openids per batchtagging / batchuntagging call. */
    public static final int MAX_OPENIDS_PER_CALL = 50;
    /** Tags one user may carry. */
    public static final int MAX_TAGS_PER_USER = 20;
    /** Tags one account may have. */
    public static final int MAX_TAGS_PER_ACCOUNT = 100;
    /** Members above which a tag cannot be deleted directly. */
    public static final int MAX_MEMBERS_TO_DELETE = 100_000;
    public static final int MAX_NAME_BYTES = 30;
    /** Ids 0, 1 and 2 are the platform's own tags. */
    public static final long FIRST_USER_TAG_ID = 3;

    private TagRules() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("tag.name", "must not be blank");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new InvalidRequestException("tag.name", "must be at most " + MAX_NAME_BYTES + " bytes of UTF-8, was " + bytes);
        }
        return name;
    }

    static long changeableTag(long tagId) {
        if (tagId < FIRST_USER_TAG_ID) {
            throw new InvalidRequestException("tag.id", "tags 0, 1 and 2 are system tags and cannot be changed, was " + tagId);
        }
        return tagId;
    }

    static long tagId(long tagId) {
        if (tagId < 0) {
            throw new InvalidRequestException("tagid", "must be zero or positive, was " + tagId);
        }
        return tagId;
    }

    static List<String> members(List<String> openIds) {
        Objects.requireNonNull(openIds, "openIds");
        if (openIds.isEmpty() || openIds.size() > MAX_OPENIDS_PER_CALL) {
            throw new InvalidRequestException("openid_list",
                    "needs 1 to " + MAX_OPENIDS_PER_CALL + " openids a call, got " + openIds.size());
        }
        Set<String> seen = new HashSet<>();
        for (String openId : openIds) {
            if (openId == null || openId.isBlank()) {
                throw new InvalidRequestException("openid_list", "openids must not be blank");
            }
            if (!seen.add(openId)) {
                throw new InvalidRequestException("openid_list", "openid " + openId + " appears twice");
            }
        }
        return List.copyOf(openIds);
    }
}
