package io.wxmass.cli.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutputTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Output output(boolean json, boolean tty) {
        return new Output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), json, tty);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> result() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("msgId", 42L);
        map.put("counts", Map.of("sent", 3));
        map.put("urls", List.of("u1"));
        return map;
    }

    @Test
    void result_inJsonMode_isOneDocumentOnStdout_andNotesAreSilent() {
        Output output = output(true, false);

        output.note("working");
        output.result(result());

        assertThat(out().strip()).isEqualTo("{\"msgId\":42,\"counts\":{\"sent\":3},\"urls\":[\"u1\"]}");
        assertThat(err()).isEmpty();
    }

    @Test
    void result_inHumanMode_isIndentedKeyValueLines_andNotesGoToStderr() {
        Output output = output(false, false);

        output.note("working");
        output.result(result());

        assertThat(out()).isEqualTo("msgId: 42\ncounts:\n  sent: 3\nurls:\n  - u1\n".replace("\n", System.lineSeparator()));
        assertThat(err().strip()).isEqualTo("working");
    }

    @Test
    void failure_inJsonMode_printsTheLineOnStderrAndTheDocumentOnStdout() {
        output(true, false).failure(new Failure(2, "invalid", "touser", "touser: too few"));

        assertThat(err().strip()).isEqualTo("wxmass: error: touser: too few");
        assertThat(out()).contains("\"field\":\"touser\"").contains("\"exitCode\":2");
    }

    @Test
    void progress_withoutTty_printsPlainLinesAtQuarterSteps() {
        try (Progress progress = output(false, false).progress("send", 8)) {
            for (int done = 0; done <= 8; done++) {
                progress.update(done);
            }
        }

        assertThat(err().lines().toList()).containsExactly("send: 0/8", "send: 2/8", "send: 4/8", "send: 6/8", "send: 8/8 done");
        assertThat(err()).doesNotContain("\r");
    }

    @Test
    void progress_onTty_redrawsOneBarWithCarriageReturns() {
        try (Progress progress = output(false, true).progress("send", 4)) {
            progress.update(1);
            progress.update(4);
        }

        assertThat(err()).contains("\rsend [").contains("] 25% 1/4").contains("] 100% 4/4").endsWith(System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void progress_inJsonMode_printsNothing() {
        try (Progress progress = output(true, true).progress("send", 4)) {
            progress.update(4);
        }

        assertThat(err()).isEmpty();
    }

    @Test
    void result_inJsonMode_masksPasswordsInEveryString() {
        Output output = output(true, false);

        output.result(Map.of("dbUrl", "jdbc:postgresql://app:hunter2@db/wx", "list", List.of("redis://:hunter2@h:1")));

        assertThat(out()).doesNotContain("hunter2").contains("app:***@db");
    }

    @Test
    void failure_inBothStreams_masksPasswords() {
        Output output = output(true, false);

        output.failure(new Failure(3, "network", null, "network: cannot reach http://u:hunter2@h:1"));

        assertThat(out() + err()).doesNotContain("hunter2").contains("u:***@h:1");
    }

    @Test
    void humanOutput_escapesControlAndBidiCharacters_soAValueCannotForgeALine() {
        Output output = output(false, false);

        output.result(Map.of("name", "ok\nFORGED\u001B[31m\u202E"));
        output.line("row\nforged");
        output.note("note\rforged");

        assertThat(out().lines()).containsExactly("name: ok\\u000AFORGED\\u001B[31m\\u202E", "row\\u000Aforged");
        assertThat(err().lines()).containsExactly("note\\u000Dforged");
    }

    @Test
    void result_inJsonMode_escapesBidiAndC1Characters_andKeepsOtherTextAsIs() {
        Output output = output(true, false);

        output.result(Map.of("name", "\u202Eevil\u0085 春"));

        assertThat(out().strip()).isEqualTo("{\"name\":\"\\u202Eevil\\u0085 春\"}");
    }
}
