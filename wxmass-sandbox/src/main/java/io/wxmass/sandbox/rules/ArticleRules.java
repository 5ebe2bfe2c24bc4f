package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.MediaStore;
import io.wxmass.sandbox.platform.PlatformError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The articles of uploadnews (spec 1.3; drafts have their own, see DraftRules): 1 to 8 articles (44003 none, 45008 more), each
 * with a title and content (44003) and a live image or thumb as thumb_media_id (40007).
 */
public final class ArticleRules {
    public static final int MAX_ARTICLES = 8;

    private ArticleRules() {
    }

    /** The text of each article (title, digest and content), for moderation and the originality check. */
    public static List<String> validate(JsonNode body, MediaStore media) {
        JsonNode articles = body.get("articles");
        if (articles == null || !articles.isArray() || articles.isEmpty()) {
            throw PlatformError.of(44003, "empty news data");
        }
        if (articles.size() > MAX_ARTICLES) {
            throw PlatformError.of(45008, "article size out of limit");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode a : articles) {
            String title = a.path("title").asText("");
            String content = a.path("content").asText("");
            if (title.isBlank() || content.isBlank()) {
                throw PlatformError.of(44003, "empty news data");
            }
            media.require(a.path("thumb_media_id").asText(""), Set.of(MediaKind.IMAGE, MediaKind.THUMB));
            texts.add(title + "\n" + a.path("digest").asText("") + "\n" + content);
        }
        return texts;
    }
}
