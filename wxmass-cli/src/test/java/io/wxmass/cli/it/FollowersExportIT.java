package io.wxmass.cli.it;

import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wxmass followers export} through the real jar against the sandbox: complete, refused, resumed. */
class FollowersExportIT {
    private static final int FOLLOWERS = 45_000; // five pages of /user/get
    private static final String USER_GET = "/cgi-bin/user/get";

    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.start(FOLLOWERS);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void export_writesEveryFollowerOnceInTheListsOrder_andRemovesItsStateFile() throws IOException {
        JarRunner runner = SandboxFixture.runnerFor(sandbox);
        Path file = fresh(runner);

        var result = SandboxFixture.okJson(runner.run("followers", "export", file.toString(), "--json"));

        assertThat(result.path("followers").asLong()).isEqualTo(FOLLOWERS);
        assertThat(result.path("resumedAt").asLong()).isZero();
        assertThat(Files.readAllLines(file)).isEqualTo(SandboxFixture.openIds(sandbox, 0, FOLLOWERS));
        assertThat(state(file)).doesNotExist();
    }

    @Test
    void export_whenFileExistsWithoutState_isRefusedAndLeavesTheFileAlone() throws IOException {
        JarRunner runner = SandboxFixture.runnerFor(sandbox);
        Path file = runner.tempFile("followers", ".txt");
        Files.writeString(file, "keep me\n");

        JarRunner.Run run = runner.run("followers", "export", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("FILE").contains("exists");
        assertThat(Files.readString(file)).isEqualTo("keep me\n");
    }

    @Test
    void export_stoppedMidwayByPlatformErrorsAndATornPage_resumesWithoutDuplicatesOrGaps() throws IOException {
        JarRunner runner = SandboxFixture.runnerFor(sandbox);
        Path file = fresh(runner);
        // A third of the page reads refused with an errcode no retry policy retries: runs die part way.
        sandbox.admin().faults().reset(17).refuse(USER_GET, 0.34, 45009, "reach max api daily quota limit");
        int failedMidway = 0;
        JarRunner.Run run;
        try {
            int runs = 0;
            do {
                run = runner.run("followers", "export", file.toString(), "--json");
                runs++;
                if (run.exitCode() != 0 && Files.exists(state(file)) && !Files.readString(state(file)).contains("written=0\n")) {
                    failedMidway++;
                    // What a kill in the middle of writing a page leaves: part of a line past the checkpoint.
                    Files.writeString(file, "oPARTIAL_LINE_OF_A_PAGE", StandardOpenOption.APPEND);
                }
            } while (run.exitCode() != 0 && runs < 30);
        } finally {
            sandbox.admin().faults().reset(0);
        }

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(failedMidway).as("runs that stopped after writing some pages").isPositive();
        assertThat(SandboxFixture.okJson(run).path("resumedAt").asLong()).isPositive();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).isEqualTo(SandboxFixture.openIds(sandbox, 0, FOLLOWERS));
        assertThat(state(file)).doesNotExist();
    }

    private static Path fresh(JarRunner runner) throws IOException {
        Path file = runner.tempFile("followers", ".txt");
        Files.delete(file);
        return file;
    }

    private static Path state(Path file) {
        return file.resolveSibling(file.getFileName() + ".state");
    }
}
