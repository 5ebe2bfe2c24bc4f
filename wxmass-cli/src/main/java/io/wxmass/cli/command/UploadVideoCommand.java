package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.WxMass;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.internal.message.Require;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code wxmass upload-video}: a video media_id (or a file, uploaded first) → a mass-sendable mpvideo media_id. */
@Command(name = "upload-video", description = "Turn a video into an mpvideo media_id for send --mpvideo.")
public final class UploadVideoCommand extends WxCommand {
    @Option(names = "--media-id", paramLabel = "MEDIA_ID", description = "A video media_id already uploaded.")
    String mediaId;

    @Option(names = "--file", paramLabel = "FILE", description = "An mp4 to upload first (media/upload type=video).")
    Path file;

    @Option(names = "--title", required = true, description = "Video title.")
    String title;

    @Option(names = "--description", required = true, description = "Video description.")
    String description;

    @Override
    protected int execute(ResolvedConfig config) {
        if ((mediaId == null) == (file == null)) {
            throw new InvalidRequestException("media_id", "give exactly one of --media-id or --file");
        }
        Require.nonBlank(title, "title");
        Require.nonBlank(description, "description");
        var media = file == null ? null : MediaFiles.read(file, "--file", MediaFiles.VIDEO_MAX);
        WxMass platform = connect(config);
        String source = media == null ? mediaId : platform.media().upload(MediaType.VIDEO, media).mediaId();
        output().result(Results.uploaded(platform.media().uploadVideo(source, title, description)));
        return ok();
    }
}
