package io.wxmass.sandbox.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.platform.Ids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code --config} JSON file (shape in the sandbox README). Unknown keys are refused so a typo
 * does not silently fall back to a default.
 */
public final class ConfigReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private ConfigReader() {
    }

    public static SandboxConfig read(Path file) throws IOException {
        // Checked before reading, so --config /dev/zero is a refusal, not an OutOfMemoryError. Jackson skips a BOM.
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("--config: must be a regular file of at most " + MAX_FILE_BYTES + " bytes: " + file);
        }
        JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": the config must be a JSON object");
        }
        only(root, "config", "accounts", "rules");
        List<AccountSpec> accounts = new ArrayList<>();
        for (JsonNode a : root.path("accounts")) {
            accounts.add(account(a));
        }
        return new SandboxConfig(accounts, rules(root.path("rules")));
    }

    /** One account object, as in the config file and the admin API's POST /admin/accounts. */
    public static AccountSpec account(JsonNode a) {
        only(a, "account", "appId", "secret", "type", "verified", "followers", "speed", "tags", "callback",
                "massSendProtection");
        AccountType type = AccountType.valueOf(a.path("type").asText("service").toUpperCase(Locale.ROOT));
        List<TagSeed> tags = new ArrayList<>();
        if (a.has("tags")) {
            for (JsonNode t : a.get("tags")) {
                only(t, "tag", "name", "every", "offset");
                tags.add(new TagSeed(t.path("name").asText(), JsonNumbers.intIn(t, "every", 1, 1, Integer.MAX_VALUE),
                        JsonNumbers.intIn(t, "offset", 0, 0, Integer.MAX_VALUE)));
            }
        } else {
            tags.addAll(TagSeed.defaults());
        }
        CallbackSettings callback = null;
        JsonNode c = a.get("callback");
        if (c != null && c.isObject()) {
            only(c, "callback", "url", "token", "aesKey", "mode");
            callback = new CallbackSettings(c.path("url").asText(), c.path("token").asText(),
                    c.hasNonNull("aesKey") ? c.get("aesKey").asText() : null, c.path("mode").asText("plain"));
        }
        return new AccountSpec(a.hasNonNull("appId") ? a.get("appId").asText() : "wx" + Ids.hex(16),
                a.hasNonNull("secret") ? a.get("secret").asText() : Ids.hex(32), type, a.path("verified").asBoolean(true),
                JsonNumbers.intIn(a, "followers", 1000, 0, Followers.MAX_SIZE), JsonNumbers.intIn(a, "speed", 0, 0, 4), tags, callback,
                a.path("massSendProtection").asBoolean(false));
    }

    static RuleSettings rules(JsonNode r) {
        RuleSettings d = RuleSettings.defaults();
        if (r == null || r.isMissingNode()) {
            return d;
        }
        only(r, "rules", "dailyMassCalls", "clientMsgIdMaxBytes", "unknownTagSystemError", "tokensPerDay",
                "massRequestsPerMinute", "previewWxNamePerDay", "moderation", "reprints", "draftReusable");
        Map<String, Integer> moderation = new LinkedHashMap<>();
        JsonNode words = r.path("moderation");
        words.fieldNames().forEachRemaining(word -> moderation.put(word, JsonNumbers.intIn(words, word, 0, Integer.MIN_VALUE, Integer.MAX_VALUE)));
        List<ReprintRule> reprints = new ArrayList<>();
        for (JsonNode p : r.path("reprints")) {
            only(p, "reprint", "phrase", "canReprint", "originalUrl");
            reprints.add(new ReprintRule(p.path("phrase").asText(), p.path("canReprint").asBoolean(true),
                    p.hasNonNull("originalUrl") ? p.get("originalUrl").asText() : null));
        }
        return new RuleSettings(JsonNumbers.intIn(r, "dailyMassCalls", d.dailyMassCalls(), 1, Integer.MAX_VALUE),
                JsonNumbers.intIn(r, "clientMsgIdMaxBytes", d.clientMsgIdMaxBytes(), 1, Integer.MAX_VALUE),
                r.path("unknownTagSystemError").asBoolean(d.unknownTagSystemError()),
                JsonNumbers.intIn(r, "tokensPerDay", d.tokensPerDay(), 1, Integer.MAX_VALUE),
                JsonNumbers.intIn(r, "massRequestsPerMinute", d.massRequestsPerMinute(), 1, Integer.MAX_VALUE),
                JsonNumbers.intIn(r, "previewWxNamePerDay", d.previewWxNamePerDay(), 1, Integer.MAX_VALUE), moderation, reprints,
                r.path("draftReusable").asBoolean(d.draftReusable()));
    }

    private static void only(JsonNode node, String what, String... allowed) {
        List<String> ok = List.of(allowed);
        node.fieldNames().forEachRemaining(f -> {
            if (!ok.contains(f)) {
                throw new IllegalArgumentException(what + ": unknown key \"" + f + "\" (allowed: " + ok + ")");
            }
        });
    }
}
