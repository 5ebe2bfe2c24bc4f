package io.wxmass.cli.input;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenIdInputTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(OpenIdInputTest.class.getResource("/input/" + name).toURI());
    }

    @Test
    void file_withABadOpenIdAfterCommentsAndBlankLines_namesTheFileAndItsLine() throws URISyntaxException {
        Path file = fixture("openids-line5-bad.txt");

        assertThatThrownBy(() -> OpenIdInput.file(file, "--openid-file", 1024))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--openid-file");
                    assertThat(e.rule()).isEqualTo(file + " line 5: an openid is 1 to 64 characters of A-Z a-z 0-9 _ -");
                });
    }

    @Test
    void list_withABadOpenId_namesItsPosition() {
        assertThatThrownBy(() -> OpenIdInput.list(List.of("oGood1", "o,comma"), "--to"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.rule()).startsWith("openid #2: "));
        assertThat(OpenIdInput.list(List.of("oGood1", "oGood_2-x"), "--to")).containsExactly("oGood1", "oGood_2-x");
    }

    @Test
    void one_longerThan64Characters_isRefused() {
        assertThatThrownBy(() -> OpenIdInput.one("o".repeat(65), "--openid")).isInstanceOf(InvalidRequestException.class);
        assertThat(OpenIdInput.one("o".repeat(64), "--openid")).hasSize(64);
    }
}
