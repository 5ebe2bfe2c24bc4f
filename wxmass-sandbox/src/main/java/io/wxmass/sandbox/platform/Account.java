package io.wxmass.sandbox.platform;

import io.wxmass.sandbox.draft.DraftBox;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** One official account in the sandbox: its credentials, kind, followers, tags, media and settings. */
public final class Account {
    private final String appId;
    private final String secret;
    private final AccountType type;
    private final boolean verified;
    private final String originalId;
    private final Followers followers;
    private final Tags tags = new Tags();
    private final MediaStore media;
    private final DraftBox drafts;
    private final AtomicBoolean massSendProtection = new AtomicBoolean();
    private final AtomicInteger speed = new AtomicInteger(0);
    private final AtomicReference<CallbackSettings> callback = new AtomicReference<>();

    public Account(String appId, String secret, AccountType type, boolean verified, int followerCount, Clock clock) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.type = Objects.requireNonNull(type, "type");
        this.verified = verified;
        this.originalId = "gh_" + Integer.toHexString(appId.hashCode() & 0x7fffffff) + "a0";
        this.followers = Followers.of(appId, followerCount);
        this.media = new MediaStore(clock);
        this.drafts = new DraftBox(media, clock);
    }

    public String appId() {
        return appId;
    }

    /** Constant-time so the token endpoint leaks nothing through timing. */
    public boolean secretMatches(String candidate) {
        return candidate != null && java.security.MessageDigest.isEqual(
                secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** For the embedding API and the start banner only; never logged. */
    public String secret() {
        return secret;
    }

    public AccountType type() {
        return type;
    }

    public boolean verified() {
        return verified;
    }

    /** The gh_ id pushes carry as ToUserName. */
    public String originalId() {
        return originalId;
    }

    public Followers followers() {
        return followers;
    }

    public Tags tags() {
        return tags;
    }

    public MediaStore media() {
        return media;
    }

    public DraftBox drafts() {
        return drafts;
    }

    /** API 群发保护: a send to all followers waits for an admin's confirmation (docs/platform.md §9, D21). */
    public boolean massSendProtection() {
        return massSendProtection.get();
    }

    public void massSendProtection(boolean on) {
        massSendProtection.set(on);
    }

    public int speed() {
        return speed.get();
    }

    public void speed(int level) {
        speed.set(level);
    }

    public CallbackSettings callback() {
        return callback.get();
    }

    public void callback(CallbackSettings settings) {
        callback.set(settings);
    }

    @Override
    public String toString() {
        return "Account[" + appId + ", " + type + (verified ? ", verified" : ", unverified")
                + ", followers=" + followers.size() + ", secret=***]";
    }
}
