package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.MassMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignRequestJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void read_fullBody_buildsTheSpec() throws Exception {
        CampaignSpec spec = CampaignRequestJson.read(json("{\"name\":\"spring\",\"message\":{\"type\":\"mpnews\",\"mediaId\":\"m1\"},"
                + "\"audience\":{\"type\":\"tag\",\"tagId\":2},\"previewOpenIds\":[\"oA\"],"
                + "\"scheduledAt\":\"2026-01-01T08:00:00Z\",\"ignoreReprint\":true}"));

        assertThat(spec.name()).isEqualTo("spring");
        assertThat(spec.message()).contains(MassMessage.mpNews("m1"));
        assertThat(spec.audience()).isEqualTo(AudienceSpec.tag(2));
        assertThat(spec.previewOpenIds()).containsExactly("oA");
        assertThat(spec.scheduledAt()).contains(Instant.parse("2026-01-01T08:00:00Z"));
        assertThat(spec.ignoreReprint()).isTrue();
    }

    @Test
    void read_openIdsAudience_keepsTheList() throws Exception {
        CampaignSpec spec = CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":[\"o1\",\"o2\"]}}"));

        assertThat(spec.audience()).isEqualTo(AudienceSpec.openIds(List.of("o1", "o2")));
    }

    @Test
    void read_mpnewsWithArticlesAndAStrategy_keepsTheArticlesForADraftPerBatch() throws Exception {
        CampaignSpec spec = CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"mpnews\",\"articles\":"
                + "[{\"title\":\"Spring\",\"thumbMediaId\":\"t1\",\"content\":\"<p>hi</p>\"}]},"
                + "\"audience\":{\"type\":\"followers\"},\"strategy\":\"tag\"}"));

        assertThat(spec.message()).as("the service makes the first draft").isEmpty();
        assertThat(spec.articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Spring"));
        assertThat(spec.strategy()).isEqualTo(DeliveryStrategy.TAG);
    }

    @Test
    void read_unknownStrategyOrAnArticleWithoutTitle_namesTheField() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\","
                + "\"content\":\"c\"},\"audience\":{\"type\":\"followers\"},\"strategy\":\"fast\"}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("strategy");
                    assertThat(e.rule()).isEqualTo("must be auto, list or tag, was 'fast'");
                });
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"mpnews\","
                + "\"articles\":[{\"thumbMediaId\":\"t1\",\"content\":\"c\"}]},\"audience\":{\"type\":\"followers\"}}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("title"));
    }

    @Test
    void read_unknownMessageType_namesMessageType() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"fax\"},\"audience\":{\"type\":\"all\"}}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("message.type"));
    }

    @Test
    void read_openIdFileAudience_isNotOfferedOverRest() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"openidFile\",\"file\":\"/etc/passwd\"}}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("audience.type"));
    }

    @Test
    void read_badSchedule_namesScheduledAt() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"all\"},\"scheduledAt\":\"tomorrow\"}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("scheduledAt"));
    }

    @Test
    void read_tagWithoutId_namesTagId() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"tag\"}}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("audience.tagId"));
    }

    @Test
    void read_blankText_isRefusedByTheMessageRules() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\" \"},"
                + "\"audience\":{\"type\":\"all\"}}")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("text.content"));
    }
}
