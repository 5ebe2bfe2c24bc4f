package io.wxmass.bench.versus;

import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.config.TagSeed;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.AccountType;
import java.util.List;
import java.util.Map;

/**
 * One sandbox, one verified service account per SDK so that the sandbox's per-account counters (token
 * fetches, jobs) read each SDK's figures directly. The platform's 100 sends a day and 60 mass requests a
 * minute are raised so that 1,000 sends measure fault handling, not quota refusals; every other rule
 * (clientmsgid and digest dedupe, 45065/45066, permissions) is the platform's.
 */
record Accounts(String wxmassAppId, String wxmassSecret, String wxJavaAppId, String wxJavaSecret) {
    static final int FOLLOWERS = 1000;
    static final long FAULT_SEED = 20261121L;

    static Accounts standard() {
        return new Accounts("wx7a3c0e5d9b1f2a4c", "5f4dcc3b5aa765d61d8327deb882cf99",
                "wx2b8e6f1a0c9d7e3b", "6e2baaf3b97dbeef01c0043275f9a0e7");
    }

    Sandbox start() {
        RuleSettings unlimitedSends = new RuleSettings(1_000_000, 32, false, 2000, 1_000_000, 100, Map.of(), List.of(), false);
        return Sandbox.builder().appId(wxmassAppId).appSecret(wxmassSecret).followers(FOLLOWERS).instant(true)
                .account(new AccountSpec(wxJavaAppId, wxJavaSecret, AccountType.SERVICE, true, FOLLOWERS, 0,
                        TagSeed.defaults(), null))
                .rules(unlimitedSends).faults(FaultPlan.seeded(FAULT_SEED)).start();
    }

    /** Two distinct followers of the account, chosen by {@code i}, for an openid-list send. */
    static List<String> pair(Sandbox sandbox, String appId, int i) {
        var followers = sandbox.admin().account(appId).followers();
        int a = (2 * i) % FOLLOWERS;
        return List.of(followers.openId(a), followers.openId(a + 1));
    }
}
