package io.wxmass.cli.command;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The text flags of one article, the same for {@code upload-news} and {@code draft add|update}: title, body, author,
 * digest and the "read more" link. The cover differs (required for upload-news, news drafts only) and stays with each.
 */
public final class ArticleTextOptions {
    @Option(names = "--title", required = true, description = "The title (the draft box: at most 32 characters).")
    String title;

    @Option(names = "--content-file", required = true, paramLabel = "FILE",
            description = "The body: HTML (images from upload-image); plain text for a newspic draft.")
    Path contentFile;

    @Option(names = "--author", description = "The author (the draft box: at most 16 characters).")
    String author;

    @Option(names = "--digest", description = "The summary (default: the body's start; the draft box: at most 128"
            + " characters, single-article drafts only).")
    String digest;

    @Option(names = "--source-url", paramLabel = "URL", description = "The 'read more' link (at most 1 KB).")
    String sourceUrl;

    public String title() {
        return title;
    }

    /** The body file's text; a missing or unreadable file names {@code --content-file}. */
    public String content() {
        return MediaFiles.readText(contentFile, "--content-file");
    }

    public String author() {
        return author;
    }

    public String digest() {
        return digest;
    }

    public String sourceUrl() {
        return sourceUrl;
    }
}
