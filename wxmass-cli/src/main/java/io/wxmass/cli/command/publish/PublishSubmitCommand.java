package io.wxmass.cli.command.publish;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.core.WxMass;
import io.wxmass.core.publish.PublishState;
import io.wxmass.core.publish.PublishStatus;
import io.wxmass.core.publish.PublishSubmission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code wxmass publish submit MEDIA_ID [--wait]}: freepublish/submit, optionally following it to its end. */
@Command(name = "submit", description = "Publish a draft (the draft leaves the draft box). This sends nothing to followers.")
final class PublishSubmitCommand extends WxCommand {
    @Parameters(paramLabel = "MEDIA_ID", description = "The draft's media_id.")
    String mediaId;

    @Option(names = "--wait", description = "Poll publish status until the task ends.")
    boolean await;

    @Option(names = "--max-wait", defaultValue = "PT2M", paramLabel = "DURATION", description = "With --wait: give up after this long (default PT2M).")
    Duration maxWait;

    @Option(names = "--poll", defaultValue = "PT2S", paramLabel = "DURATION", description = "With --wait: time between polls (default PT2S).")
    Duration poll;

    @Override
    protected int execute(ResolvedConfig config) throws InterruptedException {
        WxMass wx = connect(config);
        PublishSubmission submission = wx.publishing().submit(mediaId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("publishId", submission.publishId());
        submission.msgDataId().ifPresent(id -> out.put("msgDataId", id));
        if (!await) {
            output().result(out);
            output().note("publishing is under way; follow it with: wxmass publish status " + submission.publishId());
            return ok();
        }
        Instant deadline = Instant.now().plus(maxWait);
        PublishStatus status = wx.publishing().status(submission.publishId());
        while (status.state() == PublishState.PUBLISHING && Instant.now().isBefore(deadline)) {
            Thread.sleep(poll.toMillis());
            status = wx.publishing().status(submission.publishId());
        }
        out.putAll(PublishResults.status(status));
        output().result(out);
        if (status.state() == PublishState.PUBLISHING) {
            output().note("still publishing after " + maxWait + "; follow it with: wxmass publish status " + submission.publishId());
        }
        // Not done, or done without success: the outcome is known but not what was asked for.
        return status.state() == PublishState.SUCCESS ? ok() : ExitCode.INCOMPLETE;
    }
}
