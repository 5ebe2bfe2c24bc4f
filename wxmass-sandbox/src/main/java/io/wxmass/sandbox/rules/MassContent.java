package io.wxmass.sandbox.rules;

import java.util.List;
import java.util.Objects;

/**
 * The content of a send, whatever shape the client used.
 *
 * @param msgType   normalised: mpnews, text, voice, image, mpvideo or wxcard
 * @param mediaIds  the media the payload names (several for images, none for text and wxcard)
 * @param text      text content, or the card id for wxcard; empty otherwise
 */
public record MassContent(String msgType, List<String> mediaIds, String text) {
    public MassContent {
        Objects.requireNonNull(msgType, "msgType");
        mediaIds = List.copyOf(Objects.requireNonNull(mediaIds, "mediaIds"));
        Objects.requireNonNull(text, "text");
    }

    /** A stable rendering for the content digest. */
    public String canonical() {
        return msgType + '\u0000' + String.join(",", mediaIds) + '\u0000' + text;
    }
}
