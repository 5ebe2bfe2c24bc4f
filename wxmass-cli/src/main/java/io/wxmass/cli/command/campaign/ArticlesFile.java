package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.store.ArticlesJson;
import io.wxmass.campaign.store.StoreException;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.media.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code --articles-file}: the articles of an mpnews campaign, in the stored (and REST) JSON shape. */
final class ArticlesFile {
    private ArticlesFile() {
    }

    static List<Article> read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidRequestException("--articles-file", "cannot read " + file + ": " + e.getMessage());
        }
        if (!json.strip().startsWith("[")) {
            throw new InvalidRequestException("--articles-file", "must hold a JSON array of articles");
        }
        try {
            List<Article> articles = ArticlesJson.read(json);
            if (articles.isEmpty()) {
                throw new InvalidRequestException("--articles-file", "holds no article");
            }
            return articles;
        } catch (StoreException e) {
            throw new InvalidRequestException("--articles-file", "is not JSON: " + file);
        }
    }
}
