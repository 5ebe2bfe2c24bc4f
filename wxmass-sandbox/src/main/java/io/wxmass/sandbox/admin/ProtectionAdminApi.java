package io.wxmass.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.protection.HeldSend;
import io.wxmass.sandbox.protection.MassSendProtection;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.server.Json;
import io.wxmass.sandbox.server.PlatformRequest;
import io.wxmass.sandbox.server.PlatformResponse;
import io.wxmass.sandbox.server.BadRequestException;

import java.util.Objects;

/**
 * Mass-send protection, the admin's side: {@code GET /admin/protection/{appId}} (the switch and the sends
 * waiting), {@code POST /admin/protection/{appId}} with {@code {"enabled":true}}, and
 * {@code POST /admin/protection/{appId}/{msgId}/confirm} or {@code .../reject}.
 */
public final class ProtectionAdminApi extends AccountAdminRoutes {
    private final MassSendProtection protection;

    public ProtectionAdminApi(SandboxAdmin admin, MassSendProtection protection) {
        super(admin, "protection");
        this.protection = Objects.requireNonNull(protection, "protection");
    }

    @Override
    PlatformResponse handle(PlatformRequest r, Account account, String[] rest) {
        if (rest.length == 0) {
            if (r.isPost()) {
                JsonNode enabled = r.json().get("enabled");
                if (enabled == null || !enabled.isBoolean()) {
                    throw new BadRequestException("enabled: true or false is required");
                }
                account.massSendProtection(enabled.asBoolean());
            }
            return PlatformResponse.json(view(account));
        }
        if (rest.length == 2 && r.isPost() && (rest[1].equals("confirm") || rest[1].equals("reject"))) {
            long msgId = AdminPaths.number(rest[0], "msgId");
            boolean decided = rest[1].equals("confirm")
                    ? protection.confirm(account.appId(), msgId)
                    : protection.reject(account.appId(), msgId);
            if (!decided) {
                throw new BadRequestException("msgId: " + msgId
                        + " is not a send waiting for confirmation (unknown, decided, or past its 30 minutes)");
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
