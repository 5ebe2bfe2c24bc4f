package io.wxmass.sandbox.platform;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tags of one account and their rules (docs/platform.md §11, D19): at most 100 tags, names of at most
 * 30 bytes, at most 20 tags per user, no direct delete above 100,000 members, the system tags fixed.
 * Ids of created tags start at 100, as on the platform (0..99 are reserved).
 */
public final class Tags {
    /** The platform keeps id 2 for the built-in "星标组". */
    public static final int STARRED = 2;
    static final int MAX_TAGS = 100;
    static final int MAX_NAME_BYTES = 30;
    /** Tags one user may carry. */
    public static final int MAX_TAGS_PER_USER = 20;
    /** Members above which a tag cannot be deleted directly. */
    public static final int MAX_MEMBERS_TO_DELETE = 100_000;
    /** Ids below this are the platform's system tags. */
    static final int FIRST_USER_TAG = 3;

    private final Map<Integer, Tag> byId = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(100);

    public Tags() {
        byId.put(STARRED, new Tag(STARRED, "星标组"));
    }

    /** Creates a tag; 45157 for a duplicate or empty name, 45158 above 30 bytes, 45056 past 100 tags. */
    public synchronized Tag create(String name) {
        checkName(name);
        if (byId.size() >= MAX_TAGS) {
            throw PlatformError.of(45056, "too many tags");
        }
        Tag tag = new Tag(nextId.getAndIncrement(), name);
        byId.put(tag.id(), tag);
        return tag;
    }

    /** Renames a tag: 45058 for a system tag, 45159 for an unknown one, then the name rules of create. */
    public synchronized void rename(int id, String name) {
        Tag tag = changeable(id);
        if (!tag.name().equals(name)) {
            checkName(name);
        }
        tag.rename(name);
    }

    /** Deletes a tag, and with it every user's membership; 45057 above 100,000 members. */
    public synchronized void delete(int id) {
        Tag tag = changeable(id);
        if (tag.count() > MAX_MEMBERS_TO_DELETE) {
            throw PlatformError.of(45057, "can't delete the tag that has too many fans");
        }
        tag.clear();
        byId.remove(id);
    }

    /**
     * Puts followers under a tag, all or none: 45059 when one of them already carries 20 tags (one
     * that already carries this tag counts as done).
     */
    public synchronized void tag(Tag tag, int[] followerIndexes) {
        for (int index : followerIndexes) {
            if (!tag.contains(index) && tagsOf(index).size() >= MAX_TAGS_PER_USER) {
                throw PlatformError.of(45059, "can not tagging one user too much");
            }
        }
        for (int index : followerIndexes) {
            tag.add(index);
        }
    }

    /** The ids of the tags a follower carries, ascending. */
    public List<Integer> tagsOf(int followerIndex) {
        return all().stream().filter(t -> t.contains(followerIndex)).map(Tag::id).toList();
    }

    public Optional<Tag> get(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Tag> byName(String name) {
        return byId.values().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private Tag changeable(int id) {
        if (id >= 0 && id < FIRST_USER_TAG) {
            throw PlatformError.of(45058, "can't modify sys tag");
        }
        return get(id).orElseThrow(() -> PlatformError.of(45159, "invalid tag id"));
    }

    private void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || byName(name).isPresent()) {
            throw PlatformError.of(45157, "invalid tag name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw PlatformError.of(45158, "tag name too long");
        }
    }

    /** Every tag, by id. */
    public List<Tag> all() {
        Collection<Tag> tags = byId.values();
        return tags.stream().sorted(Comparator.comparingInt(Tag::id)).toList();
    }
}
