package io.wxmass.sandbox.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowersTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void openId_isDeterministicOpenidShapedAndUnique() {
        Followers f = Followers.of("wxapp", 20_000);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < f.size(); i++) {
            String id = f.openId(i);
            assertThat(id).hasSize(28).startsWith("o").matches("[A-Za-z0-9_-]+");
            ids.add(id);
        }
        assertThat(ids).hasSize(20_000);
        assertThat(Followers.of("wxapp", 5).openId(3)).isEqualTo(f.openId(3));
    }

    @Test
    void openId_keepsTheOpenidsOfEarlierVersions() {
        // Files exported from earlier sandboxes, and tests' saved lists, name these followers.
        Followers f = Followers.of("wxapp", 10_000_000);
        assertThat(f.openId(0)).isEqualTo("oCfUxrCfUxrC_gf8i4EDV5jgKeIh");
        assertThat(f.openId(3)).isEqualTo("oCfUxrRryYxBFIiHZUg0dzkhrd15");
        assertThat(f.openId(9_999_999)).isEqualTo("oCfUxrNMlLUCZWoFvV7gd1PqrNcL");
    }

    @Test
    void writeOpenId_writesTheOpenIdsAsciiBytesAtTheOffset_andRefusesOutside() {
        Followers f = Followers.of("wxapp", 100);
        byte[] out = new byte[Followers.OPENID_LENGTH + 3];
        f.writeOpenId(42, out, 2);
        assertThat(new String(out, 2, Followers.OPENID_LENGTH, StandardCharsets.US_ASCII)).isEqualTo(f.openId(42));
        assertThat(out[0]).isZero();
        assertThat(out[out.length - 1]).isZero();
        assertThatThrownBy(() -> f.writeOpenId(100, out, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> f.writeOpenId(1, out, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void indexOf_roundTrips_andRefusesStrangers() {
        Followers f = Followers.of("wxapp", 1000);
        for (int i = 0; i < 1000; i += 37) {
            assertThat(f.indexOf(f.openId(i))).isEqualTo(i);
        }
        assertThat(f.indexOf(Followers.of("wxother", 1000).openId(5))).isEqualTo(-1);
        assertThat(f.indexOf(Followers.of("wxapp", 2000).openId(1500))).isEqualTo(-1); // beyond this set
        String tampered = f.openId(7).substring(0, 27) + (f.openId(7).endsWith("A") ? "B" : "A");
        assertThat(f.indexOf(tampered)).isEqualTo(-1);
        assertThat(f.indexOf(null)).isEqualTo(-1);
    }

    @Test
    void wxName_roundTrips() {
        Followers f = Followers.of("wxapp", 100);
        assertThat(f.indexOfWxName(f.wxName(42))).isEqualTo(42);
        assertThat(f.indexOfWxName("wxid_unknown")).isEqualTo(-1);
    }

    @Test
    void tryReceive_capsAtFourPerNaturalMonth() {
        Followers f = Followers.of("wxapp", 10);
        for (int i = 0; i < 4; i++) {
            assertThat(f.tryReceive(3, MARCH)).isTrue();
        }
        assertThat(f.tryReceive(3, MARCH)).isFalse();
        assertThat(f.receivedIn(3, MARCH)).isEqualTo(4);
        assertThat(f.tryReceive(4, MARCH)).isTrue();
        assertThat(f.tryReceive(3, MARCH.plusMonths(1))).isTrue();
    }

    @Test
    void grow_addsFollowersAfterTheExistingOnes() {
        Followers f = Followers.of("wxapp", 10);
        String before = f.openId(9);
        assertThat(f.grow(5)).isEqualTo(10);
        assertThat(f.size()).isEqualTo(15);
        assertThat(f.openId(9)).isEqualTo(before);
        assertThat(f.indexOf(f.openId(14))).isEqualTo(14);
        assertThat(f.tryReceive(14, MARCH)).isTrue();
    }
}
