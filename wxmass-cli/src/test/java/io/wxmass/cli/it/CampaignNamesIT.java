package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A campaign name that could forge rows of {@code campaign list} or recolour a terminal is refused at create. */
class CampaignNamesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"spring\nc_forged   SENT       ALL               1  forged", "red \u001B[31malert", "\u202Eevil", "cr\rover"})
    void create_withControlOrBidiCharactersInTheName_isRefusedNamingTheField_andStoresNothing(String name) throws IOException {
        Path db = new JarRunner().tempFile("names", ".db");
        JarRunner runner = new JarRunner().env("WXMASS_DB_URL", "jdbc:sqlite:" + db).env("WXMASS_APP_ID", "wxnames");

        JarRunner.Run create = runner.run("campaign", "create", "--name", name, "--all", "--text", "hi");
        JarRunner.Run list = runner.run("campaign", "list", "--json");

        assertThat(create.exitCode()).as(create.toString()).isEqualTo(2);
        assertThat(create.stderr().strip().lines()).hasSize(1);
        assertThat(create.stderr()).startsWith("wxmass: error: name: must not contain control or bidi characters")
                .doesNotContain("\u001B", "\u202E");
        assertThat(JSON.readTree(list.stdout()).get("campaigns")).isEmpty();
    }
}
