package io.wxmass.cli.command.publish;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wxmass publish status PUBLISH_ID}: freepublish/get. */
@Command(name = "status", description = "Show a publish task: SUCCESS, PUBLISHING, ORIGINAL_CHECK_FAILED, FAILED, REJECTED_BY_REVIEW, DELETED_BY_USER, BANNED_BY_SYSTEM.")
final class PublishStatusCommand extends WxCommand {
    @Parameters(paramLabel = "PUBLISH_ID", description = "The publish_id from publish submit.")
    String publishId;

    @Override
    protected int execute(ResolvedConfig config) {
        output().result(PublishResults.status(connect(config).publishing().status(publishId)));
        return ok();
    }
}
