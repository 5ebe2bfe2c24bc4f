package io.wxmass.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing and help, in-process: every command answers --help with its usage and the exit codes. */
class MainTest {
    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "send", "preview", "status", "delete", "speed", "upload-image", "upload-news", "upload-video",
            "campaign", "campaign create", "campaign run", "campaign list", "campaign show", "campaign retract",
            "serve", "inbox", "inbox list", "inbox requeue", "sandbox", "demo",
            "draft", "draft add", "draft get", "draft list", "draft update", "draft delete",
            "publish", "publish submit", "publish status", "publish list", "publish delete"})
    void help_onEveryCommand_exits0WithUsageAndExitCodes(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        String[] args = Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--help";

        Result result = run(args);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: wxmass" + (command.isEmpty() ? "" : " " + command))
                .contains("Exit codes: 0 ok, 1 platform error");
    }

    @Test
    void send_withoutMessage_isAUsageErrorOnOneLine() {
        Result result = run("send", "--tag", "2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).startsWith("wxmass: error: Missing required argument").contains("--text");
    }

    @Test
    void send_withTwoAudiences_isAUsageErrorNamingBoth() {
        Result result = run("send", "--tag", "2", "--all", "--text", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--tag").contains("--all").contains("mutually exclusive");
    }

    @Test
    void status_withNonNumericMsgId_isAUsageError() {
        Result result = run("status", "abc");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("MSG_ID").contains("abc");
    }

    /** The command's own errors go to System.err (Output), not picocli's writer. */
    private static Result runCapturingStderr(String... args) {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Result result = run(args);
            return new Result(result.exitCode(), result.out(), result.err() + captured.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void serve_forwardingWithoutAKey_isAUsageErrorNamingTheKeyFile() {
        Result result = runCapturingStderr("serve", "--token", "t0ken", "--app-id", "wx5823bf96d3bd56c7", "--forward-to", "http://127.0.0.1:9/wx");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--forward-key-file");
    }

    @Test
    void serve_forwardDeadlineBeyondThePlatformsWait_isAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path key = java.nio.file.Files.writeString(dir.resolve("forward.key"), "0123456789abcdef0123456789abcdef\n");

        Result result = runCapturingStderr("serve", "--token", "t0ken", "--app-id", "wx5823bf96d3bd56c7", "--forward-to", "http://127.0.0.1:9/wx",
                "--forward-key-file", key.toString(), "--forward-deadline", "PT6S");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--forward-deadline").doesNotContain("0123456789abcdef");
    }

    @Test
    void noCommand_isAUsageError() {
        assertThat(run().exitCode()).isEqualTo(2);
    }
}
