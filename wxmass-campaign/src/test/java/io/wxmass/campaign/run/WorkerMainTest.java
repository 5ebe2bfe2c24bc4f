package io.wxmass.campaign.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerMainTest {
    @TempDir
    Path folder;

    private Process start(List<String> args, boolean withSecret) throws Exception {
        return start(args, withSecret, java.util.Map.of());
    }

    private Process start(List<String> args, boolean withSecret, java.util.Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), WorkerMain.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("WXMASS_APP_SECRET");
        if (withSecret) {
            pb.environment().put("WXMASS_APP_SECRET", "s3cr3t-value-not-to-print");
        }
        pb.environment().putAll(env);
        return pb.start();
    }

    @Test
    void main_withoutTheSecretInTheEnvironment_exitsWithUsageAndNamesTheVariable() throws Exception {
        Process p = start(List.of("jdbc:sqlite:" + folder.resolve("w.db"), "http://127.0.0.1:9", "wxapp", "campaign1"),
                false);

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(WorkerMain.EXIT_USAGE);
        assertThat(output).contains("WXMASS_APP_SECRET");
    }

    @Test
    void main_withTooFewArguments_exitsWithUsage() throws Exception {
        Process p = start(List.of("jdbc:sqlite:" + folder.resolve("w.db")), true);

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(WorkerMain.EXIT_USAGE);
        assertThat(output).contains("usage: WorkerMain DB_URL BASE_URL APP_ID CAMPAIGN_ID").doesNotContain("s3cr3t");
    }

    @Test
    void main_withRedisUrlAndANonNumericInstanceCount_exitsWithUsageAndNamesTheVariable() throws Exception {
        Process p = start(List.of("jdbc:sqlite:" + folder.resolve("w.db"), "http://127.0.0.1:9", "wxapp", "campaign1"),
                true, java.util.Map.of("WXMASS_REDIS_URL", "redis://127.0.0.1:1", "WXMASS_INSTANCES", "three"));

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(WorkerMain.EXIT_USAGE);
        assertThat(output).contains("WXMASS_INSTANCES").doesNotContain("s3cr3t");
    }
}
