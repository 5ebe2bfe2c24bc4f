package io.wxmass.cli.output;

import io.wxmass.cli.config.Setting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {
    @Test
    void mask_ofAUrlWithUserAndPassword_keepsTheUserAndHidesThePassword() {
        assertThat(Masking.mask("jdbc:postgresql://app:s3cr3t@db:5432/wx")).isEqualTo("jdbc:postgresql://app:***@db:5432/wx");
        assertThat(Masking.mask("redis://app:s3cret@redis.example:6379/1")).isEqualTo("redis://app:***@redis.example:6379/1");
    }

    @Test
    void mask_ofAUrlWithATokenAsUserInfo_hidesAllOfIt() {
        assertThat(Masking.mask("https://ghp_token@example.com/x")).isEqualTo("https://***@example.com/x");
    }

    @Test
    void mask_ofAPasswordHoldingAtSignsAndSpaces_hidesUpToTheLastAt() {
        assertThat(Masking.mask("redis://we ird:p@ss w@rd@host:1")).isEqualTo("redis://we ird:***@host:1");
    }

    @Test
    void mask_ofUserAndPasswordWithoutAScheme_asADriverEchoesAHost_hidesThePassword() {
        assertThat(Masking.mask("Caused by: java.net.UnknownHostException: app:hunter2@127.0.0.1"))
                .isEqualTo("Caused by: java.net.UnknownHostException: app:***@127.0.0.1");
        assertThat(Masking.mask("at 10:30 mail ops@example.com")).isEqualTo("at 10:30 mail ops@example.com");
    }

    @Test
    void mask_ofPasswordParameters_hidesTheirValues() {
        assertThat(Masking.mask("jdbc:postgresql://db:5432/wx?user=app&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/wx?user=app&password=***&ssl=true");
        assertThat(Masking.mask("jdbc:postgresql://db/wx?sslpassword=k3y")).isEqualTo("jdbc:postgresql://db/wx?sslpassword=***");
        assertThat(Masking.mask("GET /cgi-bin/x?access_token=ACCESS")).isEqualTo("GET /cgi-bin/x?access_token=***");
    }

    @Test
    void mask_ofUrlsInsideAMessage_masksEachAndKeepsTheRest() {
        assertThat(Masking.mask("network: cannot reach http://u:pw1@127.0.0.1:1: /cgi-bin/stable_token: connection refused"))
                .isEqualTo("network: cannot reach http://u:***@127.0.0.1:1: /cgi-bin/stable_token: connection refused");
        assertThat(Masking.mask("{\"a\":\"http://h\",\"b\":\"x@y\"}")).isEqualTo("{\"a\":\"http://h\",\"b\":\"x@y\"}");
    }

    @Test
    void mask_ofTextWithoutPasswords_isUnchanged() {
        assertThat(Masking.mask("jdbc:sqlite:/var/lib/wxmass.db")).isEqualTo("jdbc:sqlite:/var/lib/wxmass.db");
        assertThat(Masking.mask("redis://host:6379")).isEqualTo("redis://host:6379");
        assertThat(Masking.mask("not a url @ all")).isEqualTo("not a url @ all");
        assertThat(Masking.mask("write to ops@example.com")).isEqualTo("write to ops@example.com");
    }

    @Test
    void display_ofEverySetting_goesThroughTheOneMask() {
        assertThat(Setting.DB_URL.display("jdbc:postgresql://db/wx?password=hunter2")).doesNotContain("hunter2");
        assertThat(Setting.BASE_URL.display("http://u:hunter2@platform")).doesNotContain("hunter2");
        assertThat(Setting.REDIS_URL.display("redis://:hunter2@h:1")).doesNotContain("hunter2");
        assertThat(Setting.APP_SECRET.display("plain")).isEqualTo("***");
    }
}
