package io.wxmass.core.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.draft.DraftApi;
import io.wxmass.core.draft.DraftArticle;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.http.RequestBody.Part;
import io.wxmass.core.internal.message.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The media a mass send refers to: temporary uploads, in-article images, news, videos, drafts and
 * permanent materials. Files travel as the multipart field {@code media}; rules that can be
 * checked locally (uploadimg's type and size, the article count) are checked before any upload.
 */
public final class MediaApi {
    static final String FILE_FIELD = "media";

    private final ApiTransport transport;

    public MediaApi(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Temporary media (kept three days by the platform): the media_ids of image, voice, video and thumb. */
    public UploadedMedia upload(MediaType type, MediaFile file) {
        Objects.requireNonNull(type, "type");
        JsonNode answer = transport.execute(multipart(Endpoints.MEDIA_UPLOAD, type, List.of(filePart(file))));
        return MediaResponseJson.uploaded(answer, Endpoints.MEDIA_UPLOAD.path(), type.wireName());
    }

    /**
     * An image for an article body (not counted against the material quota).
     *
     * @return the image URL to use in {@link ArticleHtml#image(String)}
     * @throws io.wxmass.core.error.InvalidRequestException before uploading, unless jpg/png under 1 MB
     */
    public String uploadImage(MediaFile file) {
        Objects.requireNonNull(file, "file");
        byte[] content = file.content();
        String contentType = UploadImageRule.check(content);
        Part part = Part.file(FILE_FIELD, file.filename(), contentType, content);
        JsonNode answer = transport.execute(ApiRequest.post(Endpoints.MEDIA_UPLOADIMG,
                RequestBody.multipart(List.of(part))));
        return MediaResponseJson.imageUrl(answer, Endpoints.MEDIA_UPLOADIMG.path());
    }

    /** News for mpnews sends, the older way (the platform now points to {@link #addDraft(List)}). */
    public UploadedMedia uploadNews(List<Article> articles) {
        JsonNode answer = post(Endpoints.MEDIA_UPLOADNEWS, MediaRequestJson.uploadNews(articles));
        return MediaResponseJson.uploaded(answer, Endpoints.MEDIA_UPLOADNEWS.path(), "news");
    }

    /** Turns an uploaded video's media_id into the media_id an mpvideo send takes, without a title or description. */
    public UploadedMedia uploadVideo(String mediaId) {
        return uploadVideoAs(Require.nonBlank(mediaId, "media_id"), null, null);
    }

    /** The same, with the title and description the video shows. */
    /** As {@link #uploadVideo(String, String, String)}, with a title and no description. */
    public UploadedMedia uploadVideo(String mediaId, String title) {
        return uploadVideoAs(Require.nonBlank(mediaId, "media_id"), Require.nonBlank(title, "title"), null);
    }

    public UploadedMedia uploadVideo(String mediaId, String title, String description) {
        return uploadVideoAs(Require.nonBlank(mediaId, "media_id"), Require.nonBlank(title, "title"),
                Require.nonBlank(description, "description"));
    }

    private UploadedMedia uploadVideoAs(String mediaId, String title, String description) {
        JsonNode answer = post(Endpoints.MEDIA_UPLOADVIDEO, MediaRequestJson.uploadVideo(mediaId, title, description));
        return MediaResponseJson.uploaded(answer, Endpoints.MEDIA_UPLOADVIDEO.path(), "video");
    }

    /**
     * Saves articles as a draft, with the draft box's rules (title ≤ 32 characters, author ≤ 16, …).
     *
     * @return the draft's media_id, which mpnews sends take (the platform deletes the draft after a successful send)
     * @deprecated use {@code wx.drafts().add(…)} ({@link DraftApi}), which also takes image posts and crops
     */
    @Deprecated
    public String addDraft(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        return new DraftApi(transport).add(articles.stream().map(MediaApi::draftArticle).toList());
    }

    /** An uploadnews-style article as a draft news article; drafts have no show_cover_pic. */
    public static DraftArticle draftArticle(Article article) {
        Objects.requireNonNull(article, "article");
        return DraftArticle.news().title(article.title()).thumbMediaId(article.thumbMediaId())
                .author(article.author()).content(article.content()).contentSourceUrl(article.contentSourceUrl())
                .digest(article.digest()).needOpenComment(article.needOpenComment())
                .onlyFansCanComment(article.onlyFansCanComment()).build();
    }

    /** A permanent image, voice or thumb material. Videos need {@link #addVideoMaterial}. */
    public Material addMaterial(MediaType type, MediaFile file) {
        Objects.requireNonNull(type, "type");
        if (type == MediaType.VIDEO) {
            throw new InvalidRequestException("type",
                    "a video material needs a title and introduction: use addVideoMaterial");
        }
        return material(type, List.of(filePart(file)));
    }

    /** A permanent video material; the platform requires its title and introduction. */
    public Material addVideoMaterial(MediaFile file, String title, String introduction) {
        Require.nonBlank(title, "description.title");
        Require.nonBlank(introduction, "description.introduction");
        List<Part> parts = new ArrayList<>();
        parts.add(filePart(file));
        parts.add(Part.text("description", MediaRequestJson.videoDescription(title, introduction).toString()));
        return material(MediaType.VIDEO, parts);
    }

    private Material material(MediaType type, List<Part> parts) {
        JsonNode answer = transport.execute(multipart(Endpoints.MATERIAL_ADD, type, parts));
        return MediaResponseJson.material(answer, Endpoints.MATERIAL_ADD.path());
    }

    private static ApiRequest multipart(Endpoint endpoint, MediaType type, List<Part> parts) {
        return new ApiRequest(endpoint, Map.of("type", type.wireName()), RequestBody.multipart(parts), null);
    }

    private static Part filePart(MediaFile file) {
        Objects.requireNonNull(file, "file");
        return Part.file(FILE_FIELD, file.filename(), file.contentType(), file.content());
    }

    private JsonNode post(Endpoint endpoint, ObjectNode body) {
        return transport.execute(ApiRequest.post(endpoint, RequestBody.json(body)));
    }
}
