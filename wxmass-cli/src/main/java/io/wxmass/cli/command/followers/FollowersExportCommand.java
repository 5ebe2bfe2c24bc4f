package io.wxmass.cli.command.followers;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.output.Progress;
import io.wxmass.core.audience.AudienceApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code wxmass followers export FILE}: every follower's openid, one a line, resumable after a crash
 * from the state file beside FILE.
 */
@Command(name = "export", description = "Write every follower's openid to FILE, one a line. The next page is"
        + " fetched while the last one is written; FILE.state records the last page written, so a run that"
        + " stopped (crash, kill, platform error) resumes there when run again, without duplicates or gaps.")
final class FollowersExportCommand extends WxCommand {
    @Parameters(paramLabel = "FILE", description = "The file to write (refused if it exists without FILE.state).")
    Path file;

    @Override
    protected int execute(ResolvedConfig config) throws Exception {
        AudienceApi audience = connect(config).audience();
        FollowerExport.Outcome outcome;
        try (ProgressHolder progress = new ProgressHolder()) {
            outcome = new FollowerExport(audience::followerLines, file).run(progress::update);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("followers", outcome.written());
        result.put("resumedAt", outcome.resumedAt());
        output().result(result);
        return ok();
    }

    /** Opens the bar once the first page has told the total. */
    private final class ProgressHolder implements AutoCloseable {
        private Progress progress;

        void update(long done, long total) {
            if (progress == null) {
                progress = output().progress("followers", total);
            }
            progress.update(done);
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
            }
        }
    }
}
