package io.wxmass.sandbox.platform;

import java.util.BitSet;
import java.util.Objects;
import java.util.function.IntPredicate;

/** A user tag (标签) and its members as a bit set of follower indexes. Thread-safe. */
public final class Tag {
    private final int id;
    private volatile String name;
    private final BitSet members = new BitSet();

    Tag(int id, String name) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName");
    }

    public synchronized int count() {
        return members.cardinality();
    }

    public synchronized void add(int followerIndex) {
        members.set(followerIndex);
    }

    public synchronized void remove(int followerIndex) {
        members.clear(followerIndex);
    }

    synchronized void clear() {
        members.clear();
    }

    public synchronized boolean contains(int followerIndex) {
        return members.get(followerIndex);
    }

    /** Adds every index below {@code size} that {@code test} accepts. */
    public synchronized void addWhere(int size, IntPredicate test) {
        for (int i = 0; i < size; i++) {
            if (test.test(i)) {
                members.set(i);
            }
        }
    }

    /** Member indexes in ascending order. */
    public synchronized int[] members() {
        return members.stream().toArray();
    }

    /** Up to {@code max} member indexes starting at index {@code from} (inclusive), ascending. */
    public synchronized int[] membersFrom(int from, int max) {
        return members.stream().filter(i -> i >= from).limit(max).toArray();
    }

    @Override
    public String toString() {
        return "Tag[" + id + ", " + name + "]";
    }
}
