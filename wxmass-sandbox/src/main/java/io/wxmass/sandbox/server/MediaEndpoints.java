package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.ImageHost;
import io.wxmass.sandbox.platform.MediaItem;
import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.rules.ArticleRules;
import io.wxmass.sandbox.rules.FileSniffer;
import io.wxmass.sandbox.rules.Fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/** Media (docs/platform.md §1.2-1.4, 1.12): temporary and permanent uploads, uploadimg, uploadnews, uploadvideo. */
public final class MediaEndpoints {
    private final Authenticator auth;
    private final ImageHost images;
    private final Supplier<String> baseUrl;

    /** @param baseUrl the sandbox's own base URL: served image URLs start with it, never with a request's Host header */
    public MediaEndpoints(Authenticator auth, ImageHost images, Supplier<String> baseUrl) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.images = Objects.requireNonNull(images, "images");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public void register(Router router) {
        router.route("/cgi-bin/media/upload", auth.guard((r, a) -> upload(r, a, true)));
        router.route("/cgi-bin/material/add_material", auth.guard((r, a) -> upload(r, a, false)));
        router.route("/cgi-bin/media/uploadimg", auth.guard(this::uploadImg));
        router.route("/cgi-bin/media/uploadnews", auth.guard(this::news));
        router.route("/cgi-bin/media/uploadvideo", auth.guard(this::uploadVideo));
        router.prefix(ImageHost.PATH, this::serveImage);
    }

    private PlatformResponse upload(PlatformRequest request, Account account, boolean temporary) {
        Authenticator.requirePost(request);
        MediaKind kind = MediaKind.ofUploadType(request.query("type"))
                .orElseThrow(() -> PlatformError.of(40004, "invalid media type"));
        byte[] file = media(request).bytes();
        FileSniffer.check(kind, file);
        MediaItem item = account.media().add(kind, temporary);
        if (kind == MediaKind.IMAGE || kind == MediaKind.THUMB) {
            String ext = FileSniffer.format(file).orElse("jpg");
            images.putAs(item.mediaId(), "image/" + (ext.equals("jpg") ? "jpeg" : ext), file);
        }
        if (temporary) {
            return PlatformResponse.json(Json.object().put("type", kind.wireName()).put("media_id", item.mediaId())
                    .put("created_at", item.createdAt().getEpochSecond()));
        }
        ObjectNode out = Json.object().put("media_id", item.mediaId());
        if (kind == MediaKind.IMAGE) {
            String ext = FileSniffer.format(file).orElse("jpg");
            out.put("url", baseUrl.get() + ImageHost.PATH + images.put(ext, "image/" + (ext.equals("jpg") ? "jpeg" : ext), file));
        }
        return PlatformResponse.json(out);
    }

    private PlatformResponse uploadImg(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        byte[] file = media(request).bytes();
        String ext = FileSniffer.inArticleImage(file);
        String name = images.put(ext, ext.equals("png") ? "image/png" : "image/jpeg", file);
        return PlatformResponse.json(Json.object().put("url", baseUrl.get() + ImageHost.PATH + name)
                .put("errcode", 0).put("errmsg", "ok"));
    }

    private PlatformResponse news(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        List<String> articles = ArticleRules.validate(body, account.media());
        MediaItem item = account.media().add(MediaKind.NEWS, false, articles);
        List<ObjectNode> fields = new ArrayList<>();
        body.get("articles").forEach(a -> fields.add(a.isObject() ? (ObjectNode) a : Json.object()));
        account.media().keepArticleFields(item.mediaId(), fields);
        return PlatformResponse.json(Json.object().put("type", "news").put("media_id", item.mediaId())
                .put("created_at", item.createdAt().getEpochSecond()));
    }

    private PlatformResponse uploadVideo(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        account.media().require(Fields.optText(body, "media_id").orElse(null), Set.of(MediaKind.VIDEO));
        MediaItem item = account.media().add(MediaKind.MPVIDEO, false);
        return PlatformResponse.json(Json.object().put("type", "video").put("media_id", item.mediaId())
                .put("created_at", item.createdAt().getEpochSecond()));
    }

    private PlatformResponse serveImage(PlatformRequest request) {
        String name = request.path().substring(ImageHost.PATH.length());
        return images.get(name).map(i -> new PlatformResponse(200, i.contentType(), i.bytes()))
                .orElseGet(() -> PlatformResponse.text(404, "no such image"));
    }

    private static Multipart.Part media(PlatformRequest request) {
        return Multipart.parse(request.header("content-type"), request.body()).part("media")
                .orElseThrow(() -> PlatformError.of(41005, "media data missing"));
    }
}
