package io.wxmass.campaign;

import io.wxmass.core.error.InvalidRequestException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Who a campaign goes to. Openid audiences are frozen into batches of at most 10,000 when the
 * campaign is planned; tag and all-follower sends are one sendall batch each.
 */
public sealed interface AudienceSpec {

    AudienceKind kind();

    /** One openid per line; blank lines and lines starting with '#' are skipped; duplicates are sent once. */
    static AudienceSpec openIdFile(Path file) {
        return new OpenIdFile(file);
    }

    /** The caller's openids (duplicates are sent once). */
    static AudienceSpec openIds(List<String> openIds) {
        return new OpenIdList(openIds);
    }

    /** The members of a tag, resolved through user/tag/get at planning time and sent by openid. */
    static AudienceSpec tagMembers(long tagId) {
        return new TagMembers(tagId);
    }

    /** All followers, resolved through user/get at planning time and sent by openid. */
    static AudienceSpec followers() {
        return new Followers();
    }

    /** One sendall to a tag (is_to_all=false). */
    static AudienceSpec tag(long tagId) {
        return new Tag(tagId);
    }

    /** One sendall to every follower (is_to_all=true): enters the history list and uses the quota. */
    static AudienceSpec all() {
        return new All();
    }

    record OpenIdFile(Path file) implements AudienceSpec {
        public OpenIdFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.OPENIDS;
        }
    }

    record OpenIdList(List<String> openIds) implements AudienceSpec {
        public OpenIdList {
            openIds = List.copyOf(Objects.requireNonNull(openIds, "openIds"));
            // stored one per line until planning checks them fully: a line break would split one into two
            for (int i = 0; i < openIds.size(); i++) {
                if (openIds.get(i).indexOf('\n') >= 0 || openIds.get(i).indexOf('\r') >= 0) {
                    throw new InvalidRequestException("audience", "openid #" + (i + 1) + " must not contain a line break");
                }
            }
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.OPENIDS;
        }

        @Override
        public String toString() {
            return "OpenIdList[" + openIds.size() + " openids]";
        }
    }

    record TagMembers(long tagId) implements AudienceSpec {
        public TagMembers {
            requireTag(tagId);
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.TAG_MEMBERS;
        }
    }

    record Followers() implements AudienceSpec {
        @Override
        public AudienceKind kind() {
            return AudienceKind.FOLLOWERS;
        }
    }

    record Tag(long tagId) implements AudienceSpec {
        public Tag {
            requireTag(tagId);
        }

        @Override
        public AudienceKind kind() {
            return AudienceKind.TAG;
        }
    }

    record All() implements AudienceSpec {
        @Override
        public AudienceKind kind() {
            return AudienceKind.ALL;
        }
    }

    private static void requireTag(long tagId) {
        if (tagId < 0) {
            throw new InvalidRequestException("audience.tag_id", "must be zero or positive, was " + tagId);
        }
    }
}
