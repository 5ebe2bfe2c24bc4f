package io.wxmass.cli.command;

import io.wxmass.core.message.MassMessage;
import picocli.CommandLine.Option;

import java.util.List;

/** Exactly one message payload (docs/platform.md §1.12); the core validates each value on construction. */
public final class MessageOptions {
    @Option(names = "--text", paramLabel = "CONTENT", description = "A text message.")
    String text;

    @Option(names = "--mpnews", paramLabel = "MEDIA_ID", description = "Articles, by a media_id from upload-news (or draft/add).")
    String mpNews;

    @Option(names = "--image", paramLabel = "MEDIA_ID", split = ",", description = "One or more image material media_ids.")
    List<String> images;

    @Option(names = "--voice", paramLabel = "MEDIA_ID", description = "A voice material media_id.")
    String voice;

    @Option(names = "--mpvideo", paramLabel = "MEDIA_ID", description = "A video media_id from upload-video.")
    String mpVideo;

    @Option(names = "--wxcard", paramLabel = "CARD_ID", description = "A card coupon.")
    String wxCard;

    public MassMessage toMessage() {
        if (text != null) {
            return MassMessage.text(text);
        }
        if (mpNews != null) {
            return MassMessage.mpNews(mpNews);
        }
        if (images != null) {
            return MassMessage.images(images);
        }
        if (voice != null) {
            return MassMessage.voice(voice);
        }
        if (mpVideo != null) {
            return MassMessage.mpVideo(mpVideo);
        }
        return MassMessage.wxCard(wxCard);
    }
}
