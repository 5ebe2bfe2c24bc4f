package io.wxmass.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.protection.HeldSend;
import io.wxmass.sandbox.protection.MassSendProtection;
import io.wxmass.sandbox.server.Json;
import io.wxmass.sandbox.server.PlatformRequest;
import io.wxmass.sandbox.server.PlatformResponse;
import io.wxmass.sandbox.server.Router;

import java.util.Objects;

/**
 * Mass-send protection, the admin's side: {@code GET /admin/protection/{appId}} (the switch and the sends
 * waiting), {@code POST /admin/protection/{appId}} with {@code {"enabled":true}}, and
 * {@code POST /admin/protection/{appId}/{msgId}/confirm} or {@code .../reject}.
 */
public final class ProtectionAdminApi {
    static final String PATH = "/admin/protection/";

    private final SandboxAdmin admin;
    private final MassSendProtection protection;

    public ProtectionAdminApi(SandboxAdmin admin, MassSendProtection protection) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.protection = Objects.requireNonNull(protection, "protection");
    }

    public void register(Router router, AdminApi api) {
        router.prefix(PATH, api.guarded(this::handle));
    }

    private PlatformResponse handle(PlatformRequest r) {
        String[] p = r.path().substring(PATH.length()).split("/");
        Account account = admin.account(p[0]);
        if (p.length == 1) {
            if (r.isPost()) {
                JsonNode enabled = r.json().get("enabled");
                if (enabled == null || !enabled.isBoolean()) {
                    throw new IllegalArgumentException("enabled: true or false is required");
                }
                account.massSendProtection(enabled.asBoolean());
            }
            return PlatformResponse.json(view(account));
        }
        if (p.length == 3 && r.isPost()) {
            long msgId = AdminPaths.number(p[1], "msgId");
            switch (p[2]) {
                case "confirm" -> protection.confirm(account.appId(), msgId);
                case "reject" -> protection.reject(account.appId(), msgId);
                default -> {
                    return AdminApi.notFound(r);
                }
            }
            return PlatformResponse.json(view(account));
        }
        return AdminApi.notFound(r);
    }

    private ObjectNode view(Account account) {
        ObjectNode n = Json.object().put("appId", account.appId()).put("enabled", account.massSendProtection());
        ArrayNode waiting = n.putArray("waiting");
        for (HeldSend h : protection.waiting(account.appId())) {
            waiting.addObject().put("msgId", h.msgId()).put("msgType", h.spec().msgType())
                    .put("heldAt", h.heldAt().toString()).put("deadline", h.deadline().toString());
        }
        return n;
    }
}
