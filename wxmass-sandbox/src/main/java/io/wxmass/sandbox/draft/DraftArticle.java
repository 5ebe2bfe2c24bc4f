package io.wxmass.sandbox.draft;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.draft.ArticleType;

import java.util.Objects;

/**
 * One validated article of a draft.
 *
 * @param fields the article as the client sent it (known fields only), returned by draft/get
 * @param text   title, digest and content, read by moderation and the originality check
 */
public record DraftArticle(ArticleType type, ObjectNode fields, String text) {
    public DraftArticle {
        Objects.requireNonNull(type, "type");
        fields = Objects.requireNonNull(fields, "fields").deepCopy();
        Objects.requireNonNull(text, "text");
    }

    @Override
    public ObjectNode fields() {
        return fields.deepCopy();
    }
}
