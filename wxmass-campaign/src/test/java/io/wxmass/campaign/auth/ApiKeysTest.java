package io.wxmass.campaign.auth;

import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.Dialect;
import io.wxmass.campaign.testing.TestDatabases;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.sandbox.clock.SandboxClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {
    @TempDir
    Path folder;

    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-12-01T08:00:00Z"));

    private ApiKeys keys() {
        return new ApiKeys(Database.sqlite(folder.resolve("keys.db")).migrate(), clock);
    }

    @Test
    void create_givesA256BitBase64UrlKey_thatAuthenticatesAsItsName() {
        ApiKeys keys = keys();

        IssuedKey issued = keys.create("ops-alice", EnumSet.of(Scope.READ, Scope.APPROVE));

        assertThat(issued.secret()).matches("wxk_[A-Za-z0-9_-]{43}");
        assertThat(keys.authenticate(issued.secret())).hasValueSatisfying(k -> {
            assertThat(k.name()).isEqualTo("ops-alice");
            assertThat(k.allows(Scope.APPROVE)).isTrue();
            assertThat(k.allows(Scope.SEND)).isFalse();
            assertThat(k.actor().toString()).isEqualTo("key:ops-alice");
        });
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void keys_areRandom_neverTheSameTwice() {
        ApiKeys keys = keys();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            secrets.add(keys.create("k" + i, EnumSet.of(Scope.READ)).secret());
        }

        assertThat(secrets).hasSize(50);
    }

    @Test
    void theStore_keepsOnlyTheHash_neitherTheKeyNorItsRandomPart() throws Exception {
        ApiKeys keys = keys();
        IssuedKey issued = keys.create("ci", EnumSet.of(Scope.ADMIN));
        keys.list();

        String file = new String(Files.readAllBytes(folder.resolve("keys.db")), StandardCharsets.ISO_8859_1)
                + (Files.exists(folder.resolve("keys.db-wal")) ? new String(Files.readAllBytes(folder.resolve("keys.db-wal")), StandardCharsets.ISO_8859_1) : "");

        assertThat(file).doesNotContain(issued.secret().substring(4)).contains(ApiKeys.sha256(issued.secret()));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void revoke_stopsTheKeyAtOnce_andKeepsItsNameAndTime(Dialect dialect) {
        ApiKeys keys = new ApiKeys(TestDatabases.fresh(dialect, folder), clock);
        IssuedKey issued = keys.create("laptop", EnumSet.of(Scope.READ));
        clock.advance(Duration.ofHours(1));

        ApiKey revoked = keys.revoke("laptop");

        assertThat(keys.authenticate(issued.secret())).isEmpty();
        assertThat(revoked.revokedAt()).contains(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(keys.list()).extracting(ApiKey::name).containsExactly("laptop");
        assertThat(keys.anyActive()).isFalse();
        assertThatThrownBy(() -> keys.create("laptop", EnumSet.of(Scope.READ)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void authenticate_refusesWhatIsNotAKey() {
        ApiKeys keys = keys();
        String secret = keys.create("x", EnumSet.of(Scope.READ)).secret();

        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate(secret.substring(0, secret.length() - 1))).isEmpty();
        assertThat(keys.authenticate(secret + "A")).isEmpty();
        assertThat(keys.authenticate(secret.replace("wxk_", "WXK_"))).isEmpty();
    }

    @Test
    void badNamesAndScopes_areRefusedNamingTheField() {
        ApiKeys keys = keys();

        assertThatThrownBy(() -> keys.create("two words", EnumSet.of(Scope.READ)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> keys.create("evil\u001b[2J", EnumSet.of(Scope.READ)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Scope.parse("read,sudo", "--scopes"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--scopes");
                    assertThat(e.rule()).contains("sudo").contains("read,create,approve,send,retract,admin");
                });
        assertThat(Scope.parse(" read , send ", "--scopes")).containsExactlyInAnyOrder(Scope.READ, Scope.SEND);
    }
}
