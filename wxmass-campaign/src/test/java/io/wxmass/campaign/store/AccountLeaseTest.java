package io.wxmass.campaign.store;

import static io.wxmass.campaign.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.testing.Fixtures;
import io.wxmass.campaign.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One sender per account: the lease, its heartbeat and the fencing token, on both engines. */
class AccountLeaseTest {
    private static final Duration TTL = Duration.ofMinutes(1);
    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void acquire_whileHeld_isRefused_andEveryNewHolderGetsAHigherToken(Dialect dialect) {
        Database db = TestDatabases.fresh(dialect, folder);
        AccountLease lease = new AccountLease(db, Fixtures.APP_ID);

        OptionalLong first = lease.acquire("a", TTL);
        OptionalLong refused = lease.acquire("b", TTL);
        boolean renewed = lease.renew("a", first.getAsLong(), TTL);
        lease.release("a", first.getAsLong());
        OptionalLong second = lease.acquire("b", TTL);

        assertThat(first).isPresent();
        assertThat(refused).isEmpty();
        assertThat(renewed).isTrue();
        assertThat(second).isPresent();
        assertThat(second.getAsLong()).isGreaterThan(first.getAsLong());
        assertThat(lease.renew("a", first.getAsLong(), TTL)).isFalse();
        assertThat(new AccountLease(db, "wxotheraccount001").acquire("c", TTL)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void acquire_afterTheHolderStoppedBeatingAndItsLeaseRanOut_succeeds(Dialect dialect) throws InterruptedException {
        Database db = TestDatabases.fresh(dialect, folder);
        AccountLease lease = new AccountLease(db, Fixtures.APP_ID);
        long dead = lease.acquire("a", Duration.ofMillis(1)).getAsLong();
        Thread.sleep(20);

        OptionalLong taken = lease.acquire("b", TTL);

        assertThat(taken).isPresent();
        assertThat(lease.renew("a", dead, TTL)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fencedStore_underALostToken_canNeitherClaimNorAttempt_andTheNewHolderCan(Dialect dialect) {
        StoreFixture s = new StoreFixture(TestDatabases.fresh(dialect, folder));
        Campaign c = s.planned(2);
        AccountLease lease = new AccountLease(s.db, Fixtures.APP_ID);
        long stale = lease.acquire("a", TTL).getAsLong();
        BatchStore old = s.batches.fenced(stale);
        Batch claimed = old.claim(c.id(), "a", T0, LEASE).orElseThrow();
        lease.release("a", stale);
        long current = lease.acquire("b", TTL).getAsLong();

        boolean attempted = old.markSending(claimed.key(), "a", T0);

        assertThat(attempted).isFalse();
        assertThat(old.claim(c.id(), "a", T0, LEASE)).isEmpty();
        assertThat(s.batches.batch(claimed.key()).orElseThrow().state()).isEqualTo(BatchState.PLANNED);
        BatchStore fresh = s.batches.fenced(current);
        Batch next = fresh.claim(c.id(), "b", T0, LEASE).orElseThrow();
        assertThat(fresh.markSending(next.key(), "b", T0)).isTrue();
    }
}
