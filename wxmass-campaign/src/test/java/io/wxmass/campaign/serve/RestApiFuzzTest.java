package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.wxmass.campaign.auth.Scope;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random JSON at every route of the REST API, authenticated with an admin key: each answer is a success or
 * a 4xx with a typed error ({@code {"error":{"kind","message"}}}), never a 5xx. Bodies are random trees
 * built from the API's own field names and values, valid bodies with one part replaced, and non-JSON.
 */
class RestApiFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = "{\"name\":\"fuzz\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},"
            + "\"audience\":{\"type\":\"openids\",\"openIds\":[\"oA\",\"oB\"]},\"previewOpenIds\":[\"oA\"],\"ignoreReprint\":false}";
    private static final List<String> NAMES = List.of("name", "message", "audience", "type", "content", "mediaId", "mediaIds",
            "cardId", "tagId", "openIds", "previewOpenIds", "scheduledAt", "ignoreReprint", "recommend", "needOpenComment",
            "title", "description", "filter", "is_to_all", "");
    private static final List<String> WORDS = List.of("text", "mpnews", "images", "voice", "mpvideo", "wxcard", "all", "tag",
            "tagMembers", "followers", "openids", "openidFile", "2026-12-24T08:00:00Z", "oA", "", " ", "\u0000", "\u202e", "../etc/passwd");
    private static final List<String[]> PATHS_IN_VALID = List.of(new String[] {"name"}, new String[] {"message"},
            new String[] {"message", "type"}, new String[] {"message", "content"}, new String[] {"audience"},
            new String[] {"audience", "type"}, new String[] {"audience", "openIds"}, new String[] {"previewOpenIds"},
            new String[] {"scheduledAt"}, new String[] {"ignoreReprint"}, new String[] {"audience", "tagId"});

    private static final ServeRig rig = new ServeRig();
    private static String key;
    private static String campaignId;
    private static String previous = "nothing";

    @BeforeContainer
    static void start() throws Exception {
        rig.beforeAll(null); // jqwik runs properties outside JUnit Jupiter's extension model
        key = rig.key(Scope.ADMIN);
        campaignId = JSON.readTree(rig.api("POST", "/api/campaigns", "{\"name\":\"target\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":[\"" + rig.follower(0) + "\",\"" + rig.follower(1) + "\"]}}", key).body())
                .get("id").asText();
    }

    @AfterContainer
    static void stop() throws Exception {
        rig.afterAll(null);
    }

    @Property(tries = 250)
    void anyBodyAtAnyRoute_isASuccessOrATyped4xx_neverA5xx(@ForAll("routes") String route, @ForAll("bodies") String body) throws Exception {
        String[] parts = route.split(" ", 2);
        HttpResponse<String> answer;
        try {
            answer = rig.api(parts[0], parts[1], parts[0].equals("GET") ? null : body, key);
        } catch (java.io.IOException noAnswer) {
            throw new AssertionError("no answer to " + route + " " + body + " (after " + previous + ")", noAnswer);
        }
        previous = route + " " + body + " -> " + answer.statusCode();

        int status = answer.statusCode();
        assertThat(status).as(route + " " + body + " -> " + answer.body()).isBetween(200, 499);
        assertThat(status / 100).isNotEqualTo(3);
        if (status >= 400) {
            JsonNode error = JSON.readTree(answer.body()).get("error");
            assertThat(error).as(answer.body()).isNotNull();
            assertThat(error.get("kind").isTextual()).isTrue();
            assertThat(error.get("message").isTextual()).isTrue();
        }
    }

    @Provide
    Arbitrary<String> routes() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.just(campaignId),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)));
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("limit", "offset", "x"), Arbitraries.strings().ofMaxLength(12))
                        .as((k, v) -> "?" + k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)),
                Combinators.combine(Arbitraries.integers(), Arbitraries.integers()).as((l, o) -> "?limit=" + l + "&offset=" + o));
        return Arbitraries.oneOf(
                query.map(q -> "GET /api/campaigns" + q),
                Arbitraries.just("POST /api/campaigns"),
                Combinators.combine(Arbitraries.of("GET", "DELETE", "POST", "PUT"), id).as((m, i) -> m + " /api/campaigns/" + i),
                Combinators.combine(id, Arbitraries.of("preview", "approve", "send", "retract", "launch"))
                        .as((i, action) -> "POST /api/campaigns/" + i + "/" + action));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(json(3).map(JsonNode::toString), mutatedValid(), Arbitraries.strings().ofMaxLength(40),
                Arbitraries.just(""), Arbitraries.just("{"), Arbitraries.just("{\"name\":1}{}"));
    }

    private Arbitrary<String> mutatedValid() {
        return Combinators.combine(Arbitraries.of(PATHS_IN_VALID), json(2)).as((path, value) -> {
            try {
                ObjectNode body = (ObjectNode) JSON.readTree(VALID);
                ObjectNode parent = body;
                for (int i = 0; i < path.length - 1; i++) {
                    parent = parent.with(path[i]);
                }
                parent.set(path[path.length - 1], value);
                return body.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Arbitrary<JsonNode> json(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.of(WORDS).map(TextNode::valueOf),
                Arbitraries.strings().ofMaxLength(30).map(TextNode::valueOf),
                Arbitraries.longs().map(LongNode::valueOf),
                Arbitraries.integers().between(-3, 3).map(i -> (JsonNode) LongNode.valueOf(i)),
                Arbitraries.doubles().map(DoubleNode::valueOf),
                Arbitraries.of(true, false).map(BooleanNode::valueOf),
                Arbitraries.just(NullNode.getInstance()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> array = json(depth - 1).list().ofMaxSize(4).map(items -> {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            items.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(8)),
                json(depth - 1)).ofMaxSize(5).map(fields -> {
                    ObjectNode node = JsonNodeFactory.instance.objectNode();
                    fields.forEach(node::set);
                    return node;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(2, array), net.jqwik.api.Tuple.of(4, object));
    }
}
