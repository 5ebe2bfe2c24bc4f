package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.media.MediaFile;
import io.wxmass.core.media.MediaType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** {@code wxmass upload-image FILE}: an in-article image (uploadimg → URL), or with --thumb a cover thumb (→ media_id). */
@Command(name = "upload-image", description = "Upload an in-article image (jpg/png < 1 MB) and print its URL;"
        + " with --thumb, upload a cover thumbnail and print its media_id.")
public final class UploadImageCommand extends WxCommand {
    @Parameters(paramLabel = "FILE", description = "The image file.")
    Path file;

    @Option(names = "--thumb", description = "Upload as a thumb (media/upload type=thumb) for an article's thumb_media_id.")
    boolean thumb;

    @Override
    protected int execute(ResolvedConfig config) {
        MediaFile media = MediaFiles.read(file, "FILE", thumb ? MediaFiles.THUMB_MAX : MediaFiles.IN_ARTICLE_IMAGE_MAX);
        if (thumb) {
            output().result(Results.uploaded(connect(config).media().upload(MediaType.THUMB, media)));
        } else {
            output().result(Results.of("url", connect(config).media().uploadImage(media)));
        }
        return ok();
    }
}
