package io.wxmass.sandbox.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.publish.Publication;
import io.wxmass.sandbox.publish.Publisher;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.server.Json;
import io.wxmass.sandbox.server.PlatformRequest;
import io.wxmass.sandbox.server.PlatformResponse;
import io.wxmass.sandbox.server.BadRequestException;

import java.util.Objects;

/**
 * {@code GET /admin/publish/{appId}}: the account's publish tasks; {@code POST /admin/publish/{appId}/{publishId}/ban}:
 * the platform bans a published task's articles (publish_status 6); {@code .../fail}: a task still publishing ends
 * in a general failure (publish_status 3).
 */
public final class PublishAdminApi extends AccountAdminRoutes {
    private final Publisher publisher;

    public PublishAdminApi(SandboxAdmin admin, Publisher publisher) {
        super(admin, "publish");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    @Override
    PlatformResponse handle(PlatformRequest r, Account account, String[] rest) {
        String appId = account.appId();
        if (rest.length == 0 && !r.isPost()) {
            ArrayNode list = Json.MAPPER.createArrayNode();
            publisher.all(appId).forEach(t -> list.add(view(t)));
            return PlatformResponse.json(list);
        }
        if (rest.length == 2 && r.isPost() && (rest[1].equals("ban") || rest[1].equals("fail"))) {
            Publication t = publisher.find(appId, AdminPaths.number(rest[0], "publishId"))
                    .orElseThrow(() -> new BadRequestException("publishId: no such publish task of " + appId));
            if (rest[1].equals("ban")) {
                publisher.ban(t);
            } else if (!publisher.fail(t)) {
                throw new BadRequestException("publishId: " + t.publishId() + " is no longer publishing");
            }
            return PlatformResponse.json(view(t));
        }
        return AdminApi.notFound(r);
    }

    private static ObjectNode view(Publication t) {
        ObjectNode n = Json.object().put("publishId", t.publishId()).put("status", t.status().name())
                .put("publishStatus", t.status().code()).put("mediaId", t.draft().mediaId())
                .put("articleId", t.articleId()).put("submittedAt", t.submittedAt().toString())
                .put("dueAt", t.dueAt().toString())
                .put("finishedAt", t.finishedAt() == null ? null : t.finishedAt().toString());
        ArrayNode urls = n.putArray("articleUrls");
        t.articleUrls().forEach(urls::add);
        ArrayNode fail = n.putArray("failIdx");
        t.failIdx().forEach(fail::add);
        return n;
    }
}
