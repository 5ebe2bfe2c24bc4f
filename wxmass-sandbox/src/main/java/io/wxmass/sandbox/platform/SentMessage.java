package io.wxmass.sandbox.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

/**
 * What a mass send or preview carried, kept so the console can show it as a follower sees it.
 *
 * @param articles mpnews: each article's fields as the client sent them (title, digest, content, thumb_media_id ...)
 * @param mediaIds the media the payload named
 * @param text     text content, or the card id of a wxcard; empty otherwise
 */
public record SentMessage(String msgType, List<ObjectNode> articles, List<String> mediaIds, String text) {
    public SentMessage {
        Objects.requireNonNull(msgType, "msgType");
        articles = Objects.requireNonNull(articles, "articles").stream().map(ObjectNode::deepCopy).toList();
        mediaIds = List.copyOf(Objects.requireNonNull(mediaIds, "mediaIds"));
        Objects.requireNonNull(text, "text");
    }

    @Override
    public List<ObjectNode> articles() {
        return articles.stream().map(ObjectNode::deepCopy).toList();
    }
}
