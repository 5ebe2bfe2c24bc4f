package io.wxmass.cli.command.draft;

import io.wxmass.core.draft.Draft;
import io.wxmass.core.draft.StoredArticle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The field names the CLI prints for drafts and stored articles (shared with {@code publish list}). */
public final class DraftResults {
    private DraftResults() {
    }

    static Map<String, Object> draft(Draft draft) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mediaId", draft.mediaId());
        draft.createTime().ifPresent(t -> out.put("createTime", t.toString()));
        draft.updateTime().ifPresent(t -> out.put("updateTime", t.toString()));
        out.put("articles", articles(draft.articles()));
        return out;
    }

    public static List<Map<String, Object>> articles(List<StoredArticle> articles) {
        return articles.stream().map(DraftResults::article).toList();
    }

    private static Map<String, Object> article(StoredArticle a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", a.articleType().wireName());
        out.put("title", a.title());
        putIfNotEmpty(out, "author", a.author());
        putIfNotEmpty(out, "digest", a.digest());
        putIfNotEmpty(out, "thumbMediaId", a.thumbMediaId());
        if (!a.imageMediaIds().isEmpty()) {
            out.put("images", a.imageMediaIds());
        }
        putIfNotEmpty(out, "url", a.url());
        if (a.deleted()) {
            out.put("deleted", true);
        }
        return out;
    }

    private static void putIfNotEmpty(Map<String, Object> out, String key, String value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }
}
