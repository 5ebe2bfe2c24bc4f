package io.wxmass.cli.it;

import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File inputs through the real jar: a Windows editor's BOM and CRLF are read as nothing; a bad openid is named
 * by file and line; a device, a directory or an oversized file is refused before it is read, on one line with
 * exit 2 and nothing sent.
 */
@WithSandbox(followers = 20)
class FileInputsIT {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private Sandbox sandbox;

    @BeforeEach
    void useSandbox(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    private static Path windowsFile(List<String> lines) throws IOException {
        Path file = new JarRunner().tempFile("openids-windows", ".txt");
        Files.write(file, BOM);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return file;
    }

    private static void assertRefusedOnOneLine(JarRunner.Run run, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr().strip().lines()).as(run.toString()).hasSize(1);
        assertThat(run.stderr()).startsWith("wxmass: error: ").contains(fragments)
                .doesNotContain("Exception", "OutOfMemoryError", "\tat ");
    }

    private long requests(String path) {
        return sandbox.admin().requests(path);
    }

    @Test
    void send_withAnOpenIdFileWrittenWithBomAndCrlf_sendsToEveryLine() throws IOException {
        List<String> ids = SandboxFixture.openIds(sandbox, 0, 5);

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("send", "--openid-file", windowsFile(ids).toString(), "--text", "hi");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Matcher msgId = Pattern.compile("(?m)^msgId: (\\d+)$").matcher(run.stdout());
        assertThat(msgId.find()).as(run.stdout()).isTrue();
        MassJob job = sandbox.admin().job(sandbox.appId(), Long.parseLong(msgId.group(1))).orElseThrow();
        assertThat(job.totalCount()).isEqualTo(5);
        assertThat(job.errorCount()).isZero();
    }

    @Test
    void send_withABadOpenIdOnLineThree_isRefusedNamingFileAndLine_andSendsNothing() throws IOException {
        List<String> ids = SandboxFixture.openIds(sandbox, 0, 4);
        Path file = windowsFile(List.of(ids.get(0), ids.get(1), ids.get(2) + ",", ids.get(3)));
        long sends = requests("/cgi-bin/message/mass/send");

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("send", "--openid-file", file.toString(), "--text", "hi");

        assertRefusedOnOneLine(run, "--openid-file", file.getFileName() + " line 3", "A-Z a-z 0-9 _ -");
        assertThat(requests("/cgi-bin/message/mass/send")).isEqualTo(sends);
    }

    @Test
    void uploadImage_ofDevZero_isRefusedBeforeReading() {
        long uploads = requests("/cgi-bin/media/uploadimg");

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("upload-image", "/dev/zero");

        assertRefusedOnOneLine(run, "FILE", "not a regular file", "/dev/zero");
        assertThat(requests("/cgi-bin/media/uploadimg")).isEqualTo(uploads);
    }

    @Test
    void uploadImage_ofAFileOverTheUploadimgLimit_isRefusedBeforeReading() throws IOException {
        Path sparse = new JarRunner().tempFile("huge", ".png");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // 3 GB, sparse: more than a byte[] can hold
        }
        long uploads = requests("/cgi-bin/media/uploadimg");

        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).run("upload-image", sparse.toString());

        assertRefusedOnOneLine(run, "FILE", "over the limit of 1,048,575 bytes");
        assertThat(requests("/cgi-bin/media/uploadimg")).isEqualTo(uploads);
        Files.delete(sparse);
    }

    @Test
    void uploadVideoAndUploadNews_refuseADirectoryAsTheirFile() {
        JarRunner.Run video = SandboxFixture.runnerFor(sandbox).run("upload-video", "--file", "/tmp", "--title", "t", "--description", "d");
        JarRunner.Run news = SandboxFixture.runnerFor(sandbox)
                .run("upload-news", "--title", "t", "--thumb-media-id", "m", "--content-file", "/tmp");

        assertRefusedOnOneLine(video, "--file", "not a regular file");
        assertRefusedOnOneLine(news, "--content-file", "not a regular file");
    }

    @Test
    void campaignCreate_withADeviceAsOpenIdFile_isRefused() throws IOException {
        Path db = new JarRunner().tempFile("files", ".db");

        JarRunner.Run run = new JarRunner().env("WXMASS_DB_URL", "jdbc:sqlite:" + db)
                .run("campaign", "create", "--name", "n", "--openid-file", "/dev/zero", "--text", "hi");

        assertRefusedOnOneLine(run, "--openid-file", "not a regular file");
    }

    @Test
    void configFile_writtenWithBomAndCrlf_isReadAsWritten() throws IOException {
        Path config = new JarRunner().tempFile("config-windows", ".properties");
        Files.write(config, BOM);
        Files.writeString(config, "appId=" + sandbox.appId() + "\r\nappSecret=" + sandbox.appSecret() + "\r\nbaseUrl="
                + sandbox.baseUrl() + "\r\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        JarRunner.Run run = new JarRunner().run("speed", "--config", config.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }
}
