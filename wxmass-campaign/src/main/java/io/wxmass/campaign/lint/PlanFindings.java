package io.wxmass.campaign.lint;

import io.wxmass.core.lint.Finding;
import java.util.List;

/**
 * What the pre-flight lint found in a campaign. Any {@link io.wxmass.core.lint.Severity#ERROR} blocks its plan
 * (see {@link CampaignLint} for which findings are errors in a campaign); warnings are shown and do not.
 */
public record PlanFindings(List<Finding> findings) {
    public PlanFindings {
        findings = List.copyOf(findings);
    }

    public boolean blocked() {
        return Finding.anyError(findings);
    }

    /** {@code blocked}, {@code warnings} or {@code clean}: the one word scripts read. */
    public String verdict() {
        return blocked() ? "blocked" : findings.isEmpty() ? "clean" : "warnings";
    }
}
