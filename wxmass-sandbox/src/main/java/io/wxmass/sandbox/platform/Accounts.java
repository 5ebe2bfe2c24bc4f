package io.wxmass.sandbox.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every account of the sandbox, by appId; the first one added is the default account. */
public final class Accounts {
    private final Map<String, Account> byAppId = new ConcurrentHashMap<>();
    private volatile Account first;

    public synchronized Account add(Account account) {
        Objects.requireNonNull(account, "account");
        if (byAppId.putIfAbsent(account.appId(), account) != null) {
            throw new IllegalArgumentException("appId: an account " + account.appId() + " already exists");
        }
        if (first == null) {
            first = account;
        }
        return account;
    }

    public Optional<Account> find(String appId) {
        return appId == null ? Optional.empty() : Optional.ofNullable(byAppId.get(appId));
    }

    /** The default account; the sandbox always has at least one. */
    public Account first() {
        return Objects.requireNonNull(first, "no account configured");
    }

    public Collection<Account> all() {
        return List.copyOf(byAppId.values());
    }
}
