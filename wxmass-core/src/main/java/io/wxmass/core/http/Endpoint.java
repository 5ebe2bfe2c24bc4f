package io.wxmass.core.http;

import java.util.Objects;

/**
 * One platform endpoint: its path, HTTP method and the policy family it belongs to.
 * All paths live in {@link Endpoints}; nothing else builds URLs.
 */
public record Endpoint(String path, Method method, Kind kind) {
    public enum Method { GET, POST }

    /** Decides token handling, rate limiting and retries. */
    public enum Kind {
        /** /cgi-bin/token, /cgi-bin/stable_token and /cgi-bin/clear_quota/v2: the AppSecret, no access_token. */
        TOKEN,
        /** sendall and send: counted by the 60/min limiter; re-posted only with the same clientmsgid. */
        MASS_SEND,
        /** preview: counted by the 60/min limiter; retried like any other call (-1 only). */
        MASS_PREVIEW,
        /** delete and speed/set: change state, not counted by the limiter. */
        MASS_OTHER,
        /** get and speed/get: pure reads, not counted by the limiter. */
        MASS_READ,
        /** media uploads and the draft box. */
        MEDIA,
        /** freepublish: publishing drafts (sends nothing to followers); retried like any other call (-1 only). */
        PUBLISH,
        /** user and tag reads. */
        USER,
        /** openApi management (quota/get, rid/get, clear_quota, quota/clear): not counted by the limiter, never shared. */
        ADMIN,
        /** tag changes (create, update, delete, batchtagging, batchuntagging): never shared, not rate limited. */
        USER_WRITE
    }

    public Endpoint {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean authenticated() {
        return kind != Kind.TOKEN;
    }

    /**
     * Reads that change nothing on the platform: identical ones in flight at the same time may share one
     * request (see {@link SharedReads}).
     */
    public boolean pureRead() {
        return kind == Kind.MASS_READ || kind == Kind.USER;
    }

    public boolean rateLimited() {
        return kind == Kind.MASS_SEND || kind == Kind.MASS_PREVIEW;
    }
}
