package io.wxmass.cli.command.publish;

import io.wxmass.core.publish.PublishStatus;
import io.wxmass.core.publish.PublishedArticleUrl;

import java.util.LinkedHashMap;
import java.util.Map;

/** The field names the CLI prints for a publish task. */
final class PublishResults {
    private PublishResults() {
    }

    static Map<String, Object> status(PublishStatus status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("publishId", status.publishId());
        out.put("status", status.state().name());
        out.put("rawStatus", status.statusCode());
        status.articleId().ifPresent(id -> out.put("articleId", id));
        if (!status.articleDetail().isEmpty()) {
            Map<String, Object> urls = new LinkedHashMap<>();
            for (PublishedArticleUrl url : status.articleDetail()) {
                urls.put(String.valueOf(url.idx()), url.articleUrl());
            }
            out.put("articleUrls", urls);
        }
        if (!status.failIdx().isEmpty()) {
            out.put("failIdx", status.failIdx());
        }
        return out;
    }
}
