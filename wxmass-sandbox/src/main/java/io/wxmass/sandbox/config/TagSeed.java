package io.wxmass.sandbox.config;

import java.util.List;
import java.util.Objects;

/** A tag created at start whose members are every {@code every}-th follower, starting at {@code offset}. */
public record TagSeed(String name, int every, int offset) {
    public TagSeed {
        Objects.requireNonNull(name, "name");
        if (every <= 0 || offset < 0) {
            throw new IllegalArgumentException("tag " + name + ": every > 0 and offset >= 0 are required");
        }
    }

    public boolean contains(int index) {
        return index >= offset && (index - offset) % every == 0;
    }

    /** The tags every account gets unless configured otherwise, so tag sends work out of the box. */
    public static List<TagSeed> defaults() {
        return List.of(new TagSeed("早鸟", 2, 0), new TagSeed("活跃", 3, 0), new TagSeed("VIP", 10, 1));
    }
}
