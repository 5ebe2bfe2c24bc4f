package io.wxmass.sandbox.admin;

import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.testing.SandboxPerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The publish and protection admin routes sit behind the same admin token as the rest of /admin/. */
class PublishingAdminRoutesTest extends SandboxPerTest {
    private static final String TOKEN = "admin-t0ken-for-publishing";

    @Override
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder.adminToken(TOKEN);
    }

    private int status(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).POST(HttpRequest.BodyPublishers.ofString(
                "{\"enabled\":true}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.raw(request).statusCode();
    }

    @Test
    void protectionAndPublishRoutes_withoutTheToken_answer401_andChangeNothing() {
        String protection = "/admin/protection/" + sandbox.appId();

        assertThat(status(protection, null)).isEqualTo(401);
        assertThat(status(protection, "Bearer guess")).isEqualTo(401);
        assertThat(status("/admin/publish/" + sandbox.appId() + "/1/ban", null)).isEqualTo(401);
        assertThat(sandbox.account().massSendProtection()).isFalse();

        assertThat(status(protection, "Bearer " + TOKEN)).isEqualTo(200);
        assertThat(sandbox.account().massSendProtection()).isTrue();
    }
}
