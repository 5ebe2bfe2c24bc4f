package io.wxmass.core.message;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.internal.message.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Who a mass send goes to. "All followers" exists only as {@link #allFollowers()}: there is no
 * nullable tag id, no default and no builder, so a missing tag can never widen into a send to all.
 */
public sealed interface Audience permits Audience.AllFollowers, Audience.Tag, Audience.OpenIds {

    /** Every follower (is_to_all=true). The send enters the account's history list and uses its quota. */
    static Audience allFollowers() {
        return AllFollowers.INSTANCE;
    }

    /** Followers carrying one tag (is_to_all=false, tag_id). */
    static Audience tag(long tagId) {
        return new Tag(tagId);
    }

    /** An explicit openid list, sent through /mass/send: 2 to 10,000 after duplicates are removed. */
    static Audience openIds(Collection<String> openIds) {
        // ArrayList, not List.copyOf: a null element must be refused as a bad openid, not an NPE.
        return new OpenIds(new ArrayList<>(Objects.requireNonNull(openIds, "openIds")));
    }

    /** Not a record, so that the only instance is the one {@link #allFollowers()} hands out. */
    final class AllFollowers implements Audience {
        private static final AllFollowers INSTANCE = new AllFollowers();

        private AllFollowers() {
        }

        @Override
        public String toString() {
            return "Audience.AllFollowers";
        }
    }

    record Tag(long tagId) implements Audience {
        public Tag {
            if (tagId < 0) {
                throw new InvalidRequestException("filter.tag_id", "must be zero or positive, was " + tagId);
            }
        }
    }

    /** Duplicates are removed keeping the first occurrence's position, then the size rule applies. */
    record OpenIds(List<String> openIds) implements Audience {
        public static final int MIN = 2;
        public static final int MAX = 10_000;

        public OpenIds {
            Objects.requireNonNull(openIds, "openIds");
            LinkedHashSet<String> unique = new LinkedHashSet<>();
            for (String id : openIds) {
                unique.add(Require.nonBlank(id, "touser"));
            }
            if (unique.size() < MIN || unique.size() > MAX) {
                throw new InvalidRequestException("touser",
                        "needs " + MIN + " to " + MAX + " distinct openids, got " + unique.size());
            }
            openIds = List.copyOf(unique);
        }

        @Override
        public String toString() {
            return "Audience.OpenIds[" + openIds.size() + " openids]";
        }
    }
}
