package io.wxmass.campaign.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.media.Article;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a campaign's articles: our own field names, like {@link MessageJson}. */
public final class ArticlesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticlesJson() {
    }

    /** Null for no articles, so the column stays NULL for every other campaign. */
    public static String write(List<Article> articles) {
        if (articles.isEmpty()) {
            return null;
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (Article a : articles) {
            ObjectNode node = array.addObject().put("title", a.title()).put("thumbMediaId", a.thumbMediaId())
                    .put("content", a.content()).put("showCoverPic", a.showCoverPic())
                    .put("needOpenComment", a.needOpenComment()).put("onlyFansCanComment", a.onlyFansCanComment());
            a.authorOptional().ifPresent(v -> node.put("author", v));
            a.contentSourceUrlOptional().ifPresent(v -> node.put("contentSourceUrl", v));
            a.digestOptional().ifPresent(v -> node.put("digest", v));
        }
        return array.toString();
    }

    public static List<Article> read(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        JsonNode array;
        try {
            array = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored articles are not JSON", e);
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode n : array) {
            articles.add(Article.builder().title(n.path("title").asText()).thumbMediaId(n.path("thumbMediaId").asText())
                    .content(n.path("content").asText()).author(text(n, "author"))
                    .contentSourceUrl(text(n, "contentSourceUrl")).digest(text(n, "digest"))
                    .showCoverPic(n.path("showCoverPic").asBoolean()).needOpenComment(n.path("needOpenComment").asBoolean())
                    .onlyFansCanComment(n.path("onlyFansCanComment").asBoolean()).build());
        }
        return List.copyOf(articles);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
