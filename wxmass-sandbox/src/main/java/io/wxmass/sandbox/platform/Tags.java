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

/** The tags of one account. Ids of created tags start at 100, as on the platform (0..99 are reserved). */
public final class Tags {
    /** The platform keeps id 2 for the built-in "星标组". */
    public static final int STARRED = 2;
    static final int MAX_TAGS = 100;
    static final int MAX_NAME_BYTES = 30;

    private final Map<Integer, Tag> byId = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(100);

    public Tags() {
        byId.put(STARRED, new Tag(STARRED, "星标组"));
    }

    /** Creates a tag; 45157 for a duplicate or empty name, 45158 above 30 bytes, 45056 past 100 tags. */
    public synchronized Tag create(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || byName(name).isPresent()) {
            throw PlatformError.of(45157, "invalid tag name");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw PlatformError.of(45158, "tag name too long");
        }
        if (byId.size() >= MAX_TAGS) {
            throw PlatformError.of(45056, "too many tags");
        }
        Tag tag = new Tag(nextId.getAndIncrement(), name);
        byId.put(tag.id(), tag);
        return tag;
    }

    public Optional<Tag> get(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Tag> byName(String name) {
        return byId.values().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Every tag, by id. */
    public List<Tag> all() {
        Collection<Tag> tags = byId.values();
        return tags.stream().sorted(Comparator.comparingInt(Tag::id)).toList();
    }
}
