package io.wxmass.sandbox.admin;

import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.config.TagSeed;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Tag;

import java.time.Clock;
import java.util.Objects;

/** Turns an {@link AccountSpec} into a live account: followers, seeded tags, speed and callback. */
public final class AccountSetup {
    private AccountSetup() {
    }

    public static Account create(AccountSpec spec, Clock clock) {
        Objects.requireNonNull(spec, "spec");
        Account account = new Account(spec.appId(), spec.secret(), spec.type(), spec.verified(), spec.followers(), clock);
        int size = account.followers().size();
        for (TagSeed seed : spec.tags()) {
            Tag tag = account.tags().byName(seed.name()).orElseGet(() -> account.tags().create(seed.name()));
            tag.addWhere(size, seed::contains);
        }
        account.speed(spec.speed());
        account.callback(spec.callback());
        account.massSendProtection(spec.massSendProtection());
        return account;
    }
}
