package io.wxmass.sandbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void of_duplicateIndices_collapseToOneRecipientEach() {
        Recipients r = Recipients.of(new int[] {8, 2, 8, 5, 2});

        assertThat(r.size()).isEqualTo(3);
        assertThat(new int[] {r.followerIndex(0), r.followerIndex(1), r.followerIndex(2)}).containsExactly(2, 5, 8);
        assertThat(r.positionOf(5)).isEqualTo(1);
        assertThat(r.positionOf(6)).isEqualTo(-1);
    }

    @Test
    void all_positionIsTheFollowerIndex() {
        Recipients r = Recipients.all(10);

        assertThat(r.followerIndex(7)).isEqualTo(7);
        assertThat(r.positionOf(9)).isEqualTo(9);
        assertThat(r.positionOf(10)).isEqualTo(-1);
    }

    @Test
    void of_negativeIndex_isRefused() {
        assertThatThrownBy(() -> Recipients.of(new int[] {3, -1})).isInstanceOf(IllegalArgumentException.class);
    }
}
