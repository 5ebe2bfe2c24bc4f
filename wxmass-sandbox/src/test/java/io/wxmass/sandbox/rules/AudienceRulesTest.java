package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.wxmass.sandbox.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class AudienceRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Account account = new Account("wxaud", "s", AccountType.SERVICE, true, 20,
            SandboxClock.fixed(Instant.parse("2026-03-11T02:00:00Z")));
    private final AudienceRules rules = new AudienceRules(false);

    private Audience resolve(String json, MassEndpoint endpoint) throws Exception {
        return rules.resolve(JSON.readTree(json), endpoint, account);
    }

    @Test
    void toAll_isEveryFollower() throws Exception {
        Audience a = resolve("{\"filter\":{\"is_to_all\":\"true\"}}", MassEndpoint.SENDALL);
        assertThat(a.isToAll()).isTrue();
        assertThat(a.recipients().size()).isEqualTo(20);
    }

    @Test
    void tag_byTagIdOrLegacyGroupId() throws Exception {
        Tag tag = account.tags().create("t");
        tag.add(4);
        tag.add(9);
        assertThat(resolve("{\"filter\":{\"is_to_all\":false,\"tag_id\":" + tag.id() + "}}", MassEndpoint.SENDALL)
                .recipients().size()).isEqualTo(2);
        assertThat(resolve("{\"filter\":{\"group_id\":\"" + tag.id() + "\"}}", MassEndpoint.SEND).scope())
                .isEqualTo("tag:" + tag.id());
        assertRefused(() -> resolve("{\"filter\":{\"is_to_all\":false,\"tag_id\":5}}", MassEndpoint.SENDALL), 40152);
        assertRefused(() -> new AudienceRules(true).resolve(JSON.readTree("{\"filter\":{\"tag_id\":5}}"),
                MassEndpoint.SENDALL, account), -1);
    }

    @Test
    void openIds_sizeAndMembership() throws Exception {
        String a = account.followers().openId(1);
        String b = account.followers().openId(2);
        Audience two = resolve("{\"touser\":[\"" + a + "\",\"" + b + "\",\"" + a + "\"]}", MassEndpoint.SEND);
        assertThat(two.recipients().size()).isEqualTo(2); // one copy each
        assertRefused(() -> resolve("{\"touser\":[\"" + a + "\"]}", MassEndpoint.SEND), 40130);
        assertRefused(() -> resolve("{\"touser\":\"" + a + "\"}", MassEndpoint.SEND), 40130);
        assertRefused(() -> resolve("{\"touser\":[\"" + a + "\",\"stranger\"]}", MassEndpoint.SEND), 40003);
        assertRefused(() -> resolve("{\"text\":{}}", MassEndpoint.SENDALL), 47001);
    }
}
