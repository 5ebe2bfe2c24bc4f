package io.wxmass.sandbox.config;

import java.util.List;
import java.util.Objects;

/** Everything a sandbox starts from: accounts and rule settings. */
public record SandboxConfig(List<AccountSpec> accounts, RuleSettings rules) {
    public SandboxConfig {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        Objects.requireNonNull(rules, "rules");
    }
}
