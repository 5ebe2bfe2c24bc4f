package io.wxmass.campaign.console;

import io.wxmass.console.Html;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.quota.QuotaCalendar;
import io.wxmass.campaign.serve.CampaignRequestJson;
import io.wxmass.core.error.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The create form, and its reading: the fields become the REST door's JSON body and go through the same
 * strict reader ({@link CampaignRequestJson}), so the form can ask for nothing the API would refuse. An
 * uploaded openid file becomes the inline list (the server never reads its own files for a client).
 */
final class NewCampaignPage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = List.of("text", "articles", "mpnews", "images", "voice", "mpvideo", "wxcard");
    private static final List<String> AUDIENCES = List.of("tag", "openids", "tagMembers", "followers", "all");

    private NewCampaignPage() {
    }

    static ConsoleResponse render(Ctx c, int status, FormData values, String error) {
        FormData v = values == null ? FormData.parse(null, new byte[0]) : values;
        StringBuilder h = new StringBuilder("<h1>").append(Html.esc(c.t("new"))).append("</h1>");
        if (error != null) {
            h.append("<p class=\"error\" role=\"alert\" id=\"error\">").append(Html.esc(error)).append("</p>");
        }
        h.append("<form method=\"post\" action=\"/console/campaigns\" enctype=\"multipart/form-data\" class=\"stack\" id=\"create-form\">")
                .append(c.csrfField());
        h.append(input(c, "name", "name", v, "text", true));
        h.append("<fieldset><legend>").append(Html.esc(c.t("form.type"))).append("</legend>")
                .append(select(c, "type", "form.type", TYPES, "type.", v.get("type").isEmpty() ? "text" : v.get("type")))
                .append(textarea(c, "content", "form.content", v))
                .append(input(c, "mediaId", "form.mediaId", v, "text", false))
                .append(input(c, "mediaIds", "form.mediaIds", v, "text", false))
                .append(input(c, "videoTitle", "form.video.title", v, "text", false))
                .append(input(c, "videoDescription", "form.video.description", v, "text", false))
                .append(input(c, "cardId", "form.cardId", v, "text", false))
                .append(input(c, "articleTitle", "form.article.title", v, "text", false))
                .append(input(c, "articleThumb", "form.article.thumb", v, "text", false))
                .append(input(c, "articleDigest", "form.article.digest", v, "text", false))
                .append(textarea(c, "articleContent", "form.article.content", v))
                .append("</fieldset>");
        h.append("<fieldset><legend>").append(Html.esc(c.t("form.audience"))).append("</legend>")
                .append(select(c, "audience", "form.audience", AUDIENCES, "aud.", v.get("audience").isEmpty() ? "tag" : v.get("audience")))
                .append(input(c, "tagId", "form.tagId", v, "number", false))
                .append(textarea(c, "openIds", "form.openIds", v))
                .append("<label for=\"openidFile\">").append(Html.esc(c.t("form.openidFile"))).append("</label>")
                .append("<input type=\"file\" id=\"openidFile\" name=\"openidFile\" accept=\".txt,.csv,text/plain\">")
                .append(select(c, "strategy", "form.strategy", List.of("auto", "list", "tag"), null,
                        v.get("strategy").isEmpty() ? "auto" : v.get("strategy")))
                .append("</fieldset>");
        h.append(input(c, "preview", "form.preview", v, "text", false))
                .append(input(c, "scheduledAt", "form.schedule", v, "datetime-local", false))
                .append(checkbox(c, "requirePreview", "form.requirePreview", v))
                .append(checkbox(c, "fourEyes", "form.fourEyes", v))
                .append(checkbox(c, "ignoreReprint", "form.ignoreReprint", v))
                .append("<button type=\"submit\" id=\"create\" class=\"primary\">").append(Html.esc(c.t("act.create"))).append("</button></form>");
        return Page.render(c, status, c.t("new"), h.toString(), null);
    }

    /** The form as the REST body, read strictly: an {@link InvalidRequestException} names the field and rule. */
    static CampaignSpec read(FormData f, Instant now) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", f.get("name").strip());
        ObjectNode message = body.putObject("message");
        String type = f.get("type");
        switch (type) {
            case "text" -> message.put("type", "text").put("content", f.get("content"));
            case "mpnews" -> message.put("type", "mpnews").put("mediaId", f.get("mediaId").strip());
            case "articles" -> {
                message.put("type", "mpnews");
                ObjectNode article = message.putArray("articles").addObject();
                article.put("title", f.get("articleTitle").strip()).put("thumbMediaId", f.get("articleThumb").strip())
                        .put("content", f.get("articleContent"));
                if (!f.get("articleDigest").isBlank()) {
                    article.put("digest", f.get("articleDigest").strip());
                }
            }
            case "images" -> {
                message.put("type", "images");
                ArrayNode ids = message.putArray("mediaIds");
                words(f.get("mediaIds")).forEach(ids::add);
            }
            case "voice" -> message.put("type", "voice").put("mediaId", f.get("mediaId").strip());
            case "mpvideo" -> {
                message.put("type", "mpvideo").put("mediaId", f.get("mediaId").strip());
                if (!f.get("videoTitle").isBlank()) {
                    message.put("title", f.get("videoTitle").strip());
                }
                if (!f.get("videoDescription").isBlank()) {
                    message.put("description", f.get("videoDescription").strip());
                }
            }
            case "wxcard" -> message.put("type", "wxcard").put("cardId", f.get("cardId").strip());
            default -> throw new InvalidRequestException("type", "one of " + String.join(", ", TYPES));
        }
        ObjectNode audience = body.putObject("audience");
        String kind = f.get("audience");
        if (!AUDIENCES.contains(kind)) {
            throw new InvalidRequestException("audience", "one of " + String.join(", ", AUDIENCES));
        }
        audience.put("type", kind);
        if (kind.equals("tag") || kind.equals("tagMembers")) {
            try {
                audience.put("tagId", Long.parseLong(f.get("tagId").strip()));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("tagId", "a tag id (a whole number) is required");
            }
        }
        if (kind.equals("openids")) {
            ArrayNode ids = audience.putArray("openIds");
            lines(f.get("openIds")).forEach(ids::add);
            lines(f.get("openidFile")).forEach(ids::add);
        }
        ArrayNode preview = body.putArray("previewOpenIds");
        words(f.get("preview")).forEach(preview::add);
        if (!f.get("scheduledAt").isBlank()) {
            try {
                body.put("scheduledAt", LocalDateTime.parse(f.get("scheduledAt").strip())
                        .atZone(QuotaCalendar.PLATFORM_ZONE).toInstant().toString());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("scheduledAt", "a date and time in China time, such as 2026-05-01T08:00");
            }
        }
        body.put("requirePreview", f.checked("requirePreview"));
        body.put("fourEyes", f.checked("fourEyes"));
        body.put("ignoreReprint", f.checked("ignoreReprint"));
        if (kind.equals("openids") || kind.equals("tagMembers") || kind.equals("followers")) {
            body.put("strategy", f.get("strategy").isEmpty() ? "auto" : f.get("strategy"));
        }
        return CampaignRequestJson.read(body, now);
    }

    /** One openid a line; blank lines and '#' comments skipped, a BOM and CR line ends allowed (as the CLI reads files). */
    private static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String input(Ctx c, String name, String label, FormData v, String type, boolean required) {
        return "<label for=\"" + name + "\">" + Html.esc(label.equals("name") ? c.t("name") : c.t(label)) + "</label><input id=\""
                + name + "\" name=\"" + name + "\" type=\"" + type + "\" value=\"" + Html.esc(v.get(name)) + "\""
                + (required ? " required" : "") + ">";
    }

    private static String textarea(Ctx c, String name, String label, FormData v) {
        return "<label for=\"" + name + "\">" + Html.esc(c.t(label)) + "</label><textarea id=\"" + name + "\" name=\"" + name
                + "\" rows=\"3\">" + Html.esc(v.get(name)) + "</textarea>";
    }

    private static String checkbox(Ctx c, String name, String label, FormData v) {
        return "<label class=\"check\"><input type=\"checkbox\" id=\"" + name + "\" name=\"" + name + "\" value=\"on\""
                + (v.checked(name) ? " checked" : "") + "> " + Html.esc(c.t(label)) + "</label>";
    }

    private static String select(Ctx c, String name, String label, List<String> options, String textPrefix, String chosen) {
        StringBuilder h = new StringBuilder("<label for=\"" + name + "\">" + Html.esc(c.t(label)) + "</label><select id=\""
                + name + "\" name=\"" + name + "\">");
        for (String o : options) {
            h.append("<option value=\"").append(o).append('"').append(o.equals(chosen) ? " selected" : "").append('>')
                    .append(Html.esc(textPrefix == null ? o : c.t(textPrefix + o))).append("</option>");
        }
        return h.append("</select>").toString();
    }

}
