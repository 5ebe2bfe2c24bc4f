package io.wxmass.core.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.http.Endpoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a raw mass-send JSON body against its endpoint, for callers that build or store bodies
 * themselves: {@code images{media_ids[]}} on sendall/send but {@code image{media_id}} on preview,
 * {@code mpvideo} rather than {@code video}, the payload under the key its {@code msgtype} names.
 */
public final class BodyLint {
    private static final String SENDALL = Endpoints.MASS_SENDALL.path();
    private static final String SEND = Endpoints.MASS_SEND.path();
    private static final String PREVIEW = Endpoints.MASS_PREVIEW.path();

    private BodyLint() {
    }

    /** @param endpointPath e.g. {@code /cgi-bin/message/mass/sendall} */
    public static List<Finding> check(String endpointPath, JsonNode body) {
        Objects.requireNonNull(endpointPath, "endpointPath");
        Objects.requireNonNull(body, "body");
        boolean preview = endpointPath.equals(PREVIEW);
        if (!preview && !endpointPath.equals(SENDALL) && !endpointPath.equals(SEND)) {
            return List.of(Finding.error(Rule.MESSAGE_TYPE, "endpoint",
                    endpointPath + " is not sendall, send or preview"));
        }
        List<Finding> findings = new ArrayList<>();
        String msgtype = body.path("msgtype").asText("");
        if (msgtype.isEmpty()) {
            findings.add(Finding.error(Rule.MESSAGE_TYPE, "msgtype", "missing"));
            return findings;
        }
        switch (msgtype) {
            case "image" -> image(preview, body, findings);
            case "video" -> findings.add(endpointPath.equals(SEND)
                    ? Finding.warning(Rule.MESSAGE_TYPE, "msgtype",
                            "send msgtype mpvideo; /mass/send reads video as mpvideo, sendall and preview do not")
                    : Finding.error(Rule.MESSAGE_TYPE, "msgtype", "videos go as msgtype mpvideo with an uploadvideo media_id"));
            case "mpvideo", "mpnews", "text", "voice", "wxcard" -> payload(msgtype, body, findings);
            default -> findings.add(Finding.error(Rule.MESSAGE_TYPE, "msgtype", "unknown message type " + msgtype));
        }
        if (msgtype.equals("mpnews") && !preview && !body.has("send_ignore_reprint")) {
            findings.add(Finding.warning(Rule.IGNORE_REPRINT_CHOICE, "send_ignore_reprint",
                    "absent, so the platform takes 0: an article judged a reprint stops the send; set 0 or 1 explicitly"));
        }
        if (msgtype.equals("wxcard")) {
            findings.add(Finding.warning(Rule.NO_LONGER_SUPPORTED, "wxcard",
                    "the sendall error table now lists 45113: product messages and cards can no longer be published"));
        }
        return findings;
    }

    private static void image(boolean preview, JsonNode body, List<Finding> findings) {
        if (preview) {
            if (!body.path("image").hasNonNull("media_id")) {
                findings.add(Finding.error(Rule.MESSAGE_TYPE, "image", body.has("images")
                        ? "preview takes image{media_id} (one image), not images{media_ids}"
                        : "preview of an image needs image{media_id}"));
            }
        } else if (!body.path("images").path("media_ids").isArray()) {
            findings.add(Finding.error(Rule.MESSAGE_TYPE, "images", body.has("image")
                    ? "sendall and send take images{media_ids[]}, not image{media_id}"
                    : "an image send needs images{media_ids[]}"));
        }
    }

    private static void payload(String msgtype, JsonNode body, List<Finding> findings) {
        if (!body.path(msgtype).isObject()) {
            findings.add(Finding.error(Rule.MESSAGE_TYPE, msgtype, "msgtype is " + msgtype + " but the body has no "
                    + msgtype + " object"));
        }
    }
}
