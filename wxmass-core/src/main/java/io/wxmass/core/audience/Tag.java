package io.wxmass.core.audience;

import java.util.Objects;

/** A user tag of the account: the id a tag send targets, its name and how many followers carry it. */
public record Tag(long id, String name, long count) {
    public Tag {
        Objects.requireNonNull(name, "name");
    }
}
