package io.wxmass.sandbox.server;

import io.wxmass.sandbox.testing.MediaUploads;
import io.wxmass.sandbox.testing.SandboxPerTest;
import org.junit.jupiter.api.Test;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Permanent news material is retired: add_news and update_news answer 45106, as the platform has since 2022-02-28. */
class RetiredEndpointsTest extends SandboxPerTest {

    @Test
    void addNews_answers45106_evenForAValidArticle() {
        String body = MediaUploads.articles(MediaUploads.image(client), "<p>c</p>");

        assertError(client.call("/cgi-bin/material/add_news", body), 45106);
        assertThat(client.call("/cgi-bin/material/add_news", body).get("errmsg").asText())
                .startsWith("This API has been unsupported");
    }

    @Test
    void updateNews_answers45106() {
        assertError(client.call("/cgi-bin/material/update_news", "{\"media_id\":\"m\",\"index\":0,\"articles\":{}}"), 45106);
    }

    @Test
    void retiredEndpoints_stillCheckTheToken() {
        assertError(client.post("/cgi-bin/material/add_news", "{}"), 41001);
    }
}
