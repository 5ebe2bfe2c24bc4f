package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.config.ReprintRule;
import io.wxmass.sandbox.delivery.CopyrightItem;
import io.wxmass.sandbox.delivery.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The originality check of mpnews (docs/platform.md §1.5 send_ignore_reprint, 4.2 CopyrightCheckResult). An article
 * matching a configured reprint phrase is a reprint:
 * <ul>
 *   <li>the original forbids reprinting: err(30002), CheckState 3;</li>
 *   <li>reprinting allowed and send_ignore_reprint=1: delivered, CheckState 2;</li>
 *   <li>reprinting allowed and send_ignore_reprint=0 (the default): err(30003), CheckState 2 (as the official example).</li>
 * </ul>
 * Without a match CheckState is 1 and nothing is refused.
 */
public final class ReprintCheck {
    private final List<ReprintRule> rules;

    public ReprintCheck(List<ReprintRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * @param articles      the articles' texts (mpnews), empty for other types
     * @param moderationErr an err status from {@link Moderation}, which wins over the reprint outcome
     */
    public Verdict verdict(List<String> articles, boolean sendIgnoreReprint, Optional<Integer> moderationErr) {
        List<CopyrightItem> items = new ArrayList<>();
        boolean forbidden = false;
        for (int i = 0; i < articles.size(); i++) {
            Optional<ReprintRule> rule = match(articles.get(i));
            if (rule.isPresent()) {
                ReprintRule r = rule.get();
                int can = r.canReprint() ? 1 : 0;
                items.add(new CopyrightItem(i + 1, 0, 2, r.originalUrl(), 1, can, can, can));
                forbidden |= !r.canReprint();
            }
        }
        int checkState = items.isEmpty() ? 1 : forbidden ? 3 : 2;
        if (moderationErr.isPresent()) {
            return Verdict.refused(moderationErr.get(), checkState, items);
        }
        if (forbidden) {
            return Verdict.refused(30002, checkState, items);
        }
        if (!items.isEmpty() && !sendIgnoreReprint) {
            return Verdict.refused(30003, checkState, items);
        }
        return items.isEmpty() ? Verdict.clean() : new Verdict(null, checkState, items);
    }

    private Optional<ReprintRule> match(String article) {
        return rules.stream().filter(r -> article.contains(r.phrase())).findFirst();
    }
}
