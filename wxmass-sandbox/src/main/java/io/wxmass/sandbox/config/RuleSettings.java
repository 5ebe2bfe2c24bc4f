package io.wxmass.sandbox.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The switches where the platform's observed behaviour varies (the decisions of docs/platform.md) and the moderation and
 * originality verdicts the sandbox should pronounce.
 *
 * @param dailyMassCalls        sendall + send calls a day per account (docs/platform.md D6: 100)
 * @param clientMsgIdMaxBytes   longer clientmsgids get 45067 (docs/platform.md D1: 32, configurable to 64)
 * @param unknownTagSystemError answer an unknown tag_id with -1 instead of 40152 (docs/platform.md D16)
 * @param tokensPerDay          /cgi-bin/token calls a day per account (2000)
 * @param massRequestsPerMinute sendall + send + preview per rolling minute (60)
 * @param previewWxNamePerDay   previews by towxname a day (100)
 * @param moderation            word → err status (e.g. "广告" → 10001) for text and article bodies
 * @param reprints              articles containing a phrase are judged reprints
 * @param draftReusable         a draft media_id survives its first successful send (D17: off, it is consumed
 *                              and later sends with it get 40007)
 */
public record RuleSettings(int dailyMassCalls, int clientMsgIdMaxBytes, boolean unknownTagSystemError, int tokensPerDay,
                           int massRequestsPerMinute, int previewWxNamePerDay, Map<String, Integer> moderation,
                           List<ReprintRule> reprints, boolean draftReusable) {
    public RuleSettings {
        moderation = Map.copyOf(Objects.requireNonNull(moderation, "moderation"));
        reprints = List.copyOf(Objects.requireNonNull(reprints, "reprints"));
        positive(dailyMassCalls, "dailyMassCalls");
        positive(clientMsgIdMaxBytes, "clientMsgIdMaxBytes");
        positive(tokensPerDay, "tokensPerDay");
        positive(massRequestsPerMinute, "massRequestsPerMinute");
        positive(previewWxNamePerDay, "previewWxNamePerDay");
    }

    /** The platform as the decisions of docs/platform.md describe it. */
    public static RuleSettings defaults() {
        return new RuleSettings(100, 32, false, 2000, 60, 100, Map.of(), List.of(), false);
    }

    public RuleSettings withModeration(Map<String, Integer> words) {
        return with(b -> b.moderation = words);
    }

    public RuleSettings withReprints(List<ReprintRule> rules) {
        return with(b -> b.reprints = rules);
    }

    public RuleSettings withClientMsgIdMaxBytes(int bytes) {
        return with(b -> b.clientMsgIdMaxBytes = bytes);
    }

    public RuleSettings withDailyMassCalls(int calls) {
        return with(b -> b.dailyMassCalls = calls);
    }

    public RuleSettings withUnknownTagSystemError(boolean on) {
        return with(b -> b.unknownTagSystemError = on);
    }

    public RuleSettings withTokensPerDay(int tokens) {
        return with(b -> b.tokensPerDay = tokens);
    }

    public RuleSettings withPreviewWxNamePerDay(int previews) {
        return with(b -> b.previewWxNamePerDay = previews);
    }

    public RuleSettings withDraftReusable(boolean reusable) {
        return with(b -> b.draftReusable = reusable);
    }

    private RuleSettings with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** A mutable copy, so each wither changes one field. */
    private static final class Builder {
        private int dailyMassCalls;
        private int clientMsgIdMaxBytes;
        private boolean unknownTagSystemError;
        private int tokensPerDay;
        private final int massRequestsPerMinute;
        private int previewWxNamePerDay;
        private Map<String, Integer> moderation;
        private List<ReprintRule> reprints;
        private boolean draftReusable;

        private Builder(RuleSettings s) {
            dailyMassCalls = s.dailyMassCalls;
            clientMsgIdMaxBytes = s.clientMsgIdMaxBytes;
            unknownTagSystemError = s.unknownTagSystemError;
            tokensPerDay = s.tokensPerDay;
            massRequestsPerMinute = s.massRequestsPerMinute;
            previewWxNamePerDay = s.previewWxNamePerDay;
            moderation = s.moderation;
            reprints = s.reprints;
            draftReusable = s.draftReusable;
        }

        private RuleSettings build() {
            return new RuleSettings(dailyMassCalls, clientMsgIdMaxBytes, unknownTagSystemError, tokensPerDay,
                    massRequestsPerMinute, previewWxNamePerDay, moderation, reprints, draftReusable);
        }
    }

    private static void positive(int v, String name) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + ": must be > 0");
        }
    }
}
