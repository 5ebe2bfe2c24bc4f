package io.wxmass.sandbox.config;

import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.CallbackSettings;

import io.wxmass.sandbox.platform.Followers;

import java.util.List;
import java.util.Objects;

/**
 * How to create one account. The default account is a verified service account.
 *
 * @param callback           nullable: no MASSSENDJOBFINISH pushes
 * @param massSendProtection sends to all followers wait for an admin's confirmation (default off)
 */
public record AccountSpec(String appId, String secret, AccountType type, boolean verified, int followers, int speed,
                          List<TagSeed> tags, CallbackSettings callback, boolean massSendProtection) {
    /** An account without mass-send protection. */
    public AccountSpec(String appId, String secret, AccountType type, boolean verified, int followers, int speed,
                       List<TagSeed> tags, CallbackSettings callback) {
        this(appId, secret, type, verified, followers, speed, tags, callback, false);
    }

    public AccountSpec {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(type, "type");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        if (followers < 0 || followers > Followers.MAX_SIZE) {
            throw new IllegalArgumentException("followers: must be 0 to " + Followers.MAX_SIZE + ", was " + followers);
        }
        if (speed < 0 || speed > 4) {
            throw new IllegalArgumentException("speed: must be within 0..4");
        }
    }

    @Override
    public String toString() {
        return "AccountSpec[" + appId + ", " + type + (verified ? ", verified" : ", unverified") + ", followers="
                + followers + ", secret=***, callback=" + callback
                + (massSendProtection ? ", massSendProtection" : "") + "]";
    }
}
