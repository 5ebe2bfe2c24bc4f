package io.wxmass.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {
    @Test
    void mask_hidesPasswordParameter_andKeepsTheRest() {
        assertThat(JdbcUrl.mask("jdbc:postgresql://db:5432/wx?user=app&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/wx?user=app&password=***&ssl=true");
    }

    @Test
    void mask_hidesPasswordInUserInfo() {
        assertThat(JdbcUrl.mask("jdbc:postgresql://app:s3cr3t@db:5432/wx")).isEqualTo("jdbc:postgresql://app:***@db:5432/wx");
    }

    @Test
    void mask_leavesAUrlWithoutPasswordAlone() {
        assertThat(JdbcUrl.mask("jdbc:sqlite:/var/lib/wxmass.db")).isEqualTo("jdbc:sqlite:/var/lib/wxmass.db");
    }

    @Test
    void display_ofDbUrlSetting_masksItsPassword() {
        assertThat(Setting.DB_URL.display("jdbc:postgresql://db/wx?password=hunter2")).doesNotContain("hunter2");
    }
}
