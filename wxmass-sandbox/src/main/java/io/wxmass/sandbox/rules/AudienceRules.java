package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.delivery.Recipients;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.platform.Tag;

import java.util.Arrays;

/**
 * Resolves the recipients of sendall ({@code filter}) and send ({@code touser}), docs/platform.md §1.5/1.6 and
 * docs/platform.md D5 and D16: 40130 below 2 openids, 40032 above 10,000, 40003 for an openid that does not follow
 * the account, 40152 for an unknown tag (or -1 with the switch). Accepts the legacy {@code group_id} and a
 * {@code filter} object arriving at /mass/send (EasyWeChat).
 */
public final class AudienceRules {
    public static final int MIN_OPENIDS = 2;
    public static final int MAX_OPENIDS = 10_000;

    private final boolean unknownTagSystemError;

    public AudienceRules(boolean unknownTagSystemError) {
        this.unknownTagSystemError = unknownTagSystemError;
    }

    public Audience resolve(JsonNode body, MassEndpoint endpoint, Account account) {
        JsonNode touser = body.get("touser");
        JsonNode filter = body.get("filter");
        if (endpoint == MassEndpoint.SEND && (touser != null || filter == null || !filter.isObject())) {
            return openIds(touser, account.followers());
        }
        if (filter == null || !filter.isObject()) {
            throw PlatformError.of(47001, "data format error");
        }
        return filter(filter, account);
    }

    private Audience filter(JsonNode filter, Account account) {
        boolean toAll = Fields.flag(filter, "is_to_all");
        if (toAll) {
            return new Audience(Recipients.all(account.followers().size()), true, "all");
        }
        Long tagId = Fields.optLong(filter, "tag_id")
                .or(() -> Fields.optLong(filter, "group_id")).orElse(null);
        Tag tag = tagId == null ? null : account.tags().get(tagId.intValue()).orElse(null);
        if (tag == null) {
            throw unknownTagSystemError ? PlatformError.of(-1, "system error") : PlatformError.of(40152, "invalid group id");
        }
        return new Audience(Recipients.of(tag.members()), false, "tag:" + tag.id());
    }

    private static Audience openIds(JsonNode touser, Followers followers) {
        int size = touser == null || !touser.isArray() ? (touser != null && touser.isTextual() ? 1 : 0) : touser.size();
        if (size < MIN_OPENIDS) {
            throw PlatformError.of(40130, "invalid openid list size, at least two openid");
        }
        if (size > MAX_OPENIDS) {
            throw PlatformError.of(40032, "invalid openid list size");
        }
        int[] indexes = new int[size];
        for (int i = 0; i < size; i++) {
            indexes[i] = followers.indexOf(touser.get(i).asText());
            if (indexes[i] < 0) {
                throw PlatformError.of(40003, "invalid openid");
            }
        }
        int[] sorted = indexes.clone();
        Arrays.sort(sorted);
        return new Audience(Recipients.of(indexes), false, "openids:" + Arrays.toString(sorted));
    }
}
