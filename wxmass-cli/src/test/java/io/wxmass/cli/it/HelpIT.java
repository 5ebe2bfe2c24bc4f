package io.wxmass.cli.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --help through the jar (every command's help is covered in-process by {@code MainTest}; here the
 * packaged jar proves its manifest, picocli and the footer are wired).
 */
class HelpIT {
    @ParameterizedTest
    @ValueSource(strings = {"", "campaign run"})
    void help_onEveryCommand_exits0WithUsageAndExitCodes(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = "--help";

        JarRunner.Run run = new JarRunner().run(args);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).startsWith("Usage: wxmass" + (command.isEmpty() ? "" : " " + command));
        assertThat(run.stdout()).contains("Exit codes: 0 ok, 1 platform error");
    }
}
