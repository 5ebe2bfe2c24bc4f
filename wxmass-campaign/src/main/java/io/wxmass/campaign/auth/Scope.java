package io.wxmass.campaign.auth;

import io.wxmass.core.error.InvalidRequestException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may do; each REST route needs one scope ({@link #ADMIN} holds them all). */
public enum Scope {
    /** List and show campaigns and their totals. */
    READ,
    /** Create campaigns and preview them to their (at most 20) preview recipients. */
    CREATE,
    /** Freeze a campaign's audience into batches: the approval step. */
    APPROVE,
    /** Submit an approved campaign's batches to the platform. */
    SEND,
    /** Cancel unsent batches and delete sent articles. */
    RETRACT,
    /** Everything above, and the operator verbs (pause, resume, cancel, retry, resolve). */
    ADMIN;

    /** The lower-case name used on the command line, in the store and in errors. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A comma-separated list such as {@code read,create}; {@code field} names the input in an error. */
    public static Set<Scope> parse(String csv, String field) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException(field, "required: one or more of " + all());
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String part : csv.split(",")) {
            String id = part.strip();
            Scope scope = Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException(field, "unknown scope '" + printable(id) + "': use " + all()));
            scopes.add(scope);
        }
        return scopes;
    }

    /** The scopes as stored and printed: {@code read,create}. */
    public static String format(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::id).collect(Collectors.joining(","));
    }

    private static String all() {
        return Arrays.stream(values()).map(Scope::id).collect(Collectors.joining(","));
    }

    private static String printable(String text) {
        String cut = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        return cut.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f) ? cut : "(not printable)";
    }
}
