package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.PlatformError;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Spec 2.1/2.2: a subscription account has one successful sendall a day (to all or to a tag); a service
 * account has four successful is_to_all sends a natural month (the history list); tag and openid sends of a
 * service account are not limited here. Over quota: 45028 {@code has no masssend quota}.
 * Callers check and record under the account's lock, so check-then-record cannot race.
 */
public final class HistoryQuota {
    public static final int SUBSCRIPTION_PER_DAY = 1;
    public static final int SERVICE_TO_ALL_PER_MONTH = 4;

    private final Clock clock;
    private final Map<String, List<LocalDate>> counted = new ConcurrentHashMap<>();

    public HistoryQuota(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void check(Account account, MassEndpoint endpoint, boolean isToAll) {
        if (!counts(account, endpoint, isToAll)) {
            return;
        }
        if (used(account) >= quota(account)) {
            throw PlatformError.of(45028, "has no masssend quota");
        }
    }

    /** Counted sends in the current period: today for a subscription account, this month for a service account. */
    public int used(Account account) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = counted.getOrDefault(account.appId(), List.of());
        return (int) (account.type() == AccountType.SUBSCRIPTION
                ? days.stream().filter(today::equals).count()
                : days.stream().filter(d -> YearMonth.from(d).equals(YearMonth.from(today))).count());
    }

    /** 1 a day for a subscription account, 4 a month for a service account. */
    public static int quota(Account account) {
        return account.type() == AccountType.SUBSCRIPTION ? SUBSCRIPTION_PER_DAY : SERVICE_TO_ALL_PER_MONTH;
    }

    /** Records an accepted send that counts toward the quota. */
    public void record(Account account, MassEndpoint endpoint, boolean isToAll) {
        if (counts(account, endpoint, isToAll)) {
            counted.computeIfAbsent(account.appId(), a -> new CopyOnWriteArrayList<>()).add(LocalDate.now(clock));
        }
    }

    private static boolean counts(Account account, MassEndpoint endpoint, boolean isToAll) {
        if (endpoint != MassEndpoint.SENDALL) {
            return false;
        }
        return account.type() == AccountType.SUBSCRIPTION || isToAll;
    }
}
