package io.wxmass.sandbox.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.draft.ArticleType;
import io.wxmass.sandbox.platform.MediaItem;
import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.MediaStore;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.server.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article rules of draft/add and draft/update (docs/platform.md §7.1, §7.2), checked in field order:
 * article_type news or newspic; title 1–32 characters (45003), author ≤ 16 (45110), digest ≤ 128 (45004),
 * content present (44003) and under 20,000 characters and 1 MB (45002), content_source_url an http(s) link
 * (41039) of ≤ 1 kb (45005); news needs a live image or thumb as thumb_media_id (40007) and crops in
 * {@code X1_Y1_X2_Y2} form; newspic needs 1–20 permanent images (44003 none, 40215 more, 40007 not a
 * permanent image) and crop ratios 1_1, 16_9 or 2.35_1; a product card needs its product_key (53405).
 * Malformed values the platform's tables give no code for answer 40097 {@code invalid args} naming the field.
 */
public final class DraftRules {
    /** Secondary sources and the old uploadnews say 8; the new pages name no limit. */
    public static final int MAX_ARTICLES = 8;
    public static final int MAX_TITLE = 32;
    public static final int MAX_AUTHOR = 16;
    public static final int MAX_DIGEST = 128;
    public static final int MAX_CONTENT_CHARS = 20_000;
    public static final int MAX_CONTENT_BYTES = 1024 * 1024;
    public static final int MAX_SOURCE_URL_BYTES = 1024;
    public static final int MAX_IMAGES = 20;

    private static final Set<String> KNOWN = Set.of("article_type", "title", "author", "digest", "content",
            "content_source_url", "thumb_media_id", "show_cover_pic", "need_open_comment", "only_fans_can_comment",
            "pic_crop_235_1", "pic_crop_1_1", "image_info", "cover_info", "product_info");
    private static final Set<String> RATIOS = Set.of("1_1", "16_9", "2.35_1");
    private static final Pattern COORD = Pattern.compile("(0|1)(\\.\\d{1,6})?");

    private DraftRules() {
    }

    /** The {@code articles} array of draft/add: 1..8 articles (44003 none, 45008 more). */
    public static List<DraftArticle> articles(JsonNode body, MediaStore media) {
        JsonNode articles = body.get("articles");
        if (articles == null || !articles.isArray() || articles.isEmpty()) {
            throw PlatformError.of(44003, "empty news data");
        }
        if (articles.size() > MAX_ARTICLES) {
            throw PlatformError.of(45008, "article size out of limit");
        }
        List<DraftArticle> out = new ArrayList<>();
        for (JsonNode a : articles) {
            out.add(article(a, media));
        }
        return out;
    }

    /** One article object (draft/add's array items, draft/update's single {@code articles}). */
    public static DraftArticle article(JsonNode a, MediaStore media) {
        if (a == null || !a.isObject()) {
            throw PlatformError.of(44003, "empty news data");
        }
        ArticleType type = ArticleType.parseStrict(a.path("article_type").asText(""))
                .orElseThrow(() -> invalid("article_type must be news or newspic"));
        String title = a.path("title").asText("");
        if (title.isBlank()) {
            throw PlatformError.of(44003, "empty news data");
        }
        max(title, MAX_TITLE, 45003, "title size out of limit");
        max(a.path("author").asText(""), MAX_AUTHOR, 45110, "author size out of limit");
        max(a.path("digest").asText(""), MAX_DIGEST, 45004, "description size out of limit");
        String content = a.path("content").asText("");
        if (content.isBlank()) {
            throw PlatformError.of(44003, "empty news data");
        }
        if (content.length() >= MAX_CONTENT_CHARS || content.getBytes(StandardCharsets.UTF_8).length >= MAX_CONTENT_BYTES) {
            throw PlatformError.of(45002, "content size out of limit");
        }
        sourceUrl(a.path("content_source_url").asText(""));
        flag(a, "need_open_comment");
        flag(a, "only_fans_can_comment");
        if (type == ArticleType.NEWS) {
            media.require(a.path("thumb_media_id").asText(""), Set.of(MediaKind.IMAGE, MediaKind.THUMB));
            crop(a, "pic_crop_235_1");
            crop(a, "pic_crop_1_1");
        } else {
            images(a.path("image_info"), media);
            cover(a.path("cover_info"));
        }
        product(a.path("product_info"));
        ObjectNode fields = Json.object();
        a.fields().forEachRemaining(e -> {
            if (KNOWN.contains(e.getKey())) {
                fields.set(e.getKey(), e.getValue());
            }
        });
        fields.put("article_type", type.wireName());
        return new DraftArticle(type, fields, title + "\n" + a.path("digest").asText("") + "\n" + content);
    }

    private static void max(String value, int max, int code, String errmsg) {
        if (value.codePointCount(0, value.length()) > max) {
            throw PlatformError.of(code, errmsg);
        }
    }

    private static void sourceUrl(String url) {
        if (url.isEmpty()) {
            return;
        }
        if (url.getBytes(StandardCharsets.UTF_8).length > MAX_SOURCE_URL_BYTES) {
            throw PlatformError.of(45005, "link size out of limit");
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw PlatformError.of(41039, "invalid content_source_url");
        }
    }

    private static void flag(JsonNode a, String field) {
        JsonNode v = a.get(field);
        if (v != null && !v.isNull() && !v.asText().equals("0") && !v.asText().equals("1")) {
            throw invalid(field + " must be 0 or 1");
        }
    }

    /** {@code X1_Y1_X2_Y2}, each within 0..1 with at most 6 decimals, top-left before bottom-right. */
    private static void crop(JsonNode a, String field) {
        String crop = a.path(field).asText("");
        if (crop.isEmpty()) {
            return;
        }
        String[] p = crop.split("_", -1);
        if (p.length != 4) {
            throw invalid(field + " must be X1_Y1_X2_Y2");
        }
        box(field, p[0], p[1], p[2], p[3]);
    }

    private static void box(String field, String x1, String y1, String x2, String y2) {
        double[] v = new double[4];
        String[] s = {x1, y1, x2, y2};
        for (int i = 0; i < 4; i++) {
            if (s[i] == null || !COORD.matcher(s[i]).matches() || Double.parseDouble(s[i]) > 1) {
                throw invalid(field + " coordinates must be within 0..1 with at most 6 decimals");
            }
            v[i] = Double.parseDouble(s[i]);
        }
        if (v[0] >= v[2] || v[1] >= v[3]) {
            throw invalid(field + " must name the top-left corner before the bottom-right one");
        }
    }

    private static void images(JsonNode info, MediaStore media) {
        JsonNode list = info.path("image_list");
        if (!list.isArray() || list.isEmpty()) {
            throw PlatformError.of(44003, "empty news data");
        }
        if (list.size() > MAX_IMAGES) {
            throw PlatformError.of(40215, "invalid image count");
        }
        for (JsonNode image : list) {
            MediaItem item = media.require(image.path("image_media_id").asText(""), Set.of(MediaKind.IMAGE));
            if (item.expiresAt() != null) { // newspic images must be permanent material
                throw PlatformError.of(40007, "invalid media_id");
            }
        }
    }

    private static void cover(JsonNode info) {
        if (info.isMissingNode() || info.isNull()) {
            return;
        }
        for (JsonNode crop : info.path("crop_percent_list")) {
            if (!RATIOS.contains(crop.path("ratio").asText(""))) {
                throw invalid("cover_info ratio must be 1_1, 16_9 or 2.35_1");
            }
            box("cover_info", text(crop, "x1"), text(crop, "y1"), text(crop, "x2"), text(crop, "y2"));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void product(JsonNode info) {
        if (info.isMissingNode() || info.isNull()) {
            return;
        }
        JsonNode footer = info.get("footer_product_info");
        if (footer != null && footer.path("product_key").asText("").isBlank()) {
            throw PlatformError.of(53405, "插入商品信息有误");
        }
    }

    private static PlatformError invalid(String rule) {
        return PlatformError.withText(40097, "invalid args: " + rule);
    }
}
