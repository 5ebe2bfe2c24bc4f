package io.wxmass.sandbox.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

/** Multipart uploads as WeChat clients send them (field {@code media}). */
public final class MediaUploads {
    private static final String BOUNDARY = "----wxmassTestBoundary7MA4YWxk";

    private MediaUploads() {
    }

    public static JsonNode upload(PlatformClient client, String pathWithQuery, String filename, byte[] bytes) {
        String sep = pathWithQuery.contains("?") ? "&" : "?";
        HttpRequest.Builder b = HttpRequest.newBuilder(client.uri(pathWithQuery + sep + "access_token=" + client.accessToken()))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(filename, bytes)));
        return PlatformClient.JsonBody.parse(client.raw(b).body());
    }

    /** A temporary image's media_id. */
    public static String image(PlatformClient client) {
        return upload(client, "/cgi-bin/media/upload?type=image", "a.png", Fixtures.resource("media/tiny.png"))
                .get("media_id").asText();
    }

    /** A permanent image material's media_id (add_material). */
    public static String permanentImage(PlatformClient client) {
        return upload(client, "/cgi-bin/material/add_material?type=image", "p.png", Fixtures.resource("media/tiny.png"))
                .get("media_id").asText();
    }

    /** An uploadnews media_id with the given article bodies. */
    public static String news(PlatformClient client, String... contents) {
        return client.call("/cgi-bin/media/uploadnews", articles(image(client), contents)).get("media_id").asText();
    }

    /** A draft/add media_id. */
    public static String draft(PlatformClient client, String... contents) {
        return client.call("/cgi-bin/draft/add", articles(image(client), contents)).get("media_id").asText();
    }

    /** An mpvideo media_id from uploadvideo. */
    public static String mpvideo(PlatformClient client) {
        String video = upload(client, "/cgi-bin/media/upload?type=video", "v.mp4", Fixtures.resource("media/clip.mp4"))
                .get("media_id").asText();
        return client.call("/cgi-bin/media/uploadvideo", "{\"media_id\":\"" + video + "\",\"title\":\"t\",\"description\":\"d\"}")
                .get("media_id").asText();
    }

    public static String articles(String thumb, String... contents) {
        StringBuilder sb = new StringBuilder("{\"articles\":[");
        for (int i = 0; i < contents.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"title\":\"T").append(i).append("\",\"thumb_media_id\":\"").append(thumb)
                    .append("\",\"content\":\"").append(contents[i]).append("\"}");
        }
        return sb.append("]}").toString();
    }

    static byte[] body(String filename, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
