package io.wxmass.cli.input;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileInputTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(FileInputTest.class.getResource("/input/" + name).toURI());
    }

    @Test
    void text_ofAFileWithBomAndCrlf_dropsTheBomAndReadsCrlfAsLf() throws URISyntaxException {
        assertThat(FileInput.text(fixture("bom-crlf.txt"), "--f", 1024)).isEqualTo("line one\nline two\n");
        assertThat(FileInput.lines(fixture("bom-crlf.txt"), "--f", 1024)).containsExactly("line one", "line two");
    }

    @Test
    void text_ofAFileThatIsNotUtf8_isRefusedNamingTheFlag() {
        assertThatThrownBy(() -> FileInput.text(fixture("latin1.txt"), "--content-file", 1024))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--content-file");
                    assertThat(e.rule()).contains("not UTF-8");
                });
    }

    @Test
    void bytes_ofAFileOverTheLimit_isRefusedWithItsSizeAndTheLimit() {
        assertThatThrownBy(() -> FileInput.bytes(fixture("bom-crlf.txt"), "FILE", 10))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.rule()).contains("23 bytes", "limit of 10 bytes"));
    }

    @Test
    void bytes_ofADeviceOrADirectoryOrNothing_isRefusedBeforeReading() {
        assertThatThrownBy(() -> FileInput.bytes(Path.of("/dev/zero"), "FILE", 10)).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> FileInput.bytes(Path.of("/"), "FILE", 10)).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> FileInput.bytes(Path.of("/no/such/file"), "FILE", 10)).hasMessageContaining("file not found");
    }
}
