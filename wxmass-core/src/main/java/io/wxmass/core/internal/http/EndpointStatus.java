package io.wxmass.core.internal.http;

import java.util.Objects;

/**
 * One row of the retired-endpoints table: an endpoint the platform has retired or superseded, and what
 * replaces it (docs/platform.md §12).
 *
 * @param errcode     what the platform answers for it once retired; 0 while it still works
 * @param since       when the change took effect, as the sources date it
 * @param replacement the path (or practice) to use instead
 */
public record EndpointStatus(String path, Kind kind, int errcode, String since, String replacement, String why) {
    public enum Kind {
        /** The platform refuses it: wxmass refuses it before the network. */
        RETIRED,
        /** Still answered, but the platform points elsewhere. */
        SUPERSEDED
    }

    public EndpointStatus {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(why, "why");
    }

    public boolean retired() {
        return kind == Kind.RETIRED;
    }

    /** One line for errors and lint: "retired since 2022-02-28 (45106): use /cgi-bin/draft/add; ...". */
    public String describe() {
        String state = retired() ? "retired since " + since + " (errcode " + errcode + ")" : "superseded since " + since;
        return state + ": use " + replacement + "; " + why;
    }
}
