package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.MassMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignRequestJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void read_fullBody_buildsTheSpec() throws Exception {
        CampaignSpec spec = CampaignRequestJson.read(json("{\"name\":\"spring\",\"message\":{\"type\":\"mpnews\",\"mediaId\":\"m1\"},"
                + "\"audience\":{\"type\":\"tag\",\"tagId\":2},\"previewOpenIds\":[\"oA\"],"
                + "\"scheduledAt\":\"2027-01-01T08:00:00Z\",\"ignoreReprint\":true}"), NOW);

        assertThat(spec.name()).isEqualTo("spring");
        assertThat(spec.message()).contains(MassMessage.mpNews("m1"));
        assertThat(spec.audience()).isEqualTo(AudienceSpec.tag(2));
        assertThat(spec.previewOpenIds()).containsExactly("oA");
        assertThat(spec.scheduledAt()).contains(Instant.parse("2027-01-01T08:00:00Z"));
        assertThat(spec.ignoreReprint()).isTrue();
    }

    @Test
    void read_openIdsAudience_keepsTheList() throws Exception {
        CampaignSpec spec = CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":[\"o1\",\"o-2_x\"]}}"), NOW);

        assertThat(spec.audience()).isEqualTo(AudienceSpec.openIds(List.of("o1", "o-2_x")));
    }

    @Test
    void read_21PreviewOpenIds_isRefused_20AreAccepted() throws Exception {
        String twenty = JSON.writeValueAsString(Collections.nCopies(20, "oTester"));
        String twentyOne = JSON.writeValueAsString(Collections.nCopies(21, "oTester"));
        String body = "{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\"c\"},\"audience\":{\"type\":\"all\"},\"previewOpenIds\":";

        assertThat(CampaignRequestJson.read(json(body + twenty + "}"), NOW).previewOpenIds()).hasSize(20);
        assertThatThrownBy(() -> CampaignRequestJson.read(json(body + twentyOne + "}"), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("previewOpenIds");
                    assertThat(e.rule()).contains("at most 20");
                });
    }

    @Test
    void read_mpnewsWithArticlesAndAStrategy_keepsTheArticlesForADraftPerBatch() throws Exception {
        CampaignSpec spec = CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"mpnews\",\"articles\":"
                + "[{\"title\":\"Spring\",\"thumbMediaId\":\"t1\",\"content\":\"<p>hi</p>\"}]},"
                + "\"audience\":{\"type\":\"followers\"},\"strategy\":\"tag\"}"), NOW);

        assertThat(spec.message()).as("the service makes the first draft").isEmpty();
        assertThat(spec.articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Spring"));
        assertThat(spec.strategy()).isEqualTo(DeliveryStrategy.TAG);
    }

    @Test
    void read_unknownStrategyOrAnArticleWithoutTitle_namesTheField() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"text\","
                + "\"content\":\"c\"},\"audience\":{\"type\":\"followers\"},\"strategy\":\"fast\"}"), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("strategy");
                    assertThat(e.rule()).isEqualTo("must be auto, list or tag, was 'fast'");
                });
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"mpnews\","
                + "\"articles\":[{\"thumbMediaId\":\"t1\",\"content\":\"c\"}]},\"audience\":{\"type\":\"followers\"}}"), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("title"));
    }

    @Test
    void read_unknownMessageType_namesMessageType() {
        assertThatThrownBy(() -> CampaignRequestJson.read(json("{\"name\":\"n\",\"message\":{\"type\":\"fax\"},\"audience\":{\"type\":\"all\"}}"), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("message.type"));
    }

    @Test
    void read_textOverTheLimit_namesMessageContent() {
        String body = "{\"name\":\"n\",\"message\":{\"type\":\"text\",\"content\":\"" + "x".repeat(CampaignRequestJson.MAX_TEXT_CHARS + 1)
                + "\"},\"audience\":{\"type\":\"all\"}}";

        assertThatThrownBy(() -> CampaignRequestJson.read(json(body), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("message.content"));
    }

    static Stream<Arguments> refusedBodies() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = CampaignRequestJsonTest.class.getResourceAsStream("/serve/refused-campaign-bodies.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    cases.add(Arguments.of(parts[0], parts[1]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("refusedBodies")
    void read_refusesTheBody_namingTheField(String field, String body) {
        assertThatThrownBy(() -> CampaignRequestJson.read(json(body), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
