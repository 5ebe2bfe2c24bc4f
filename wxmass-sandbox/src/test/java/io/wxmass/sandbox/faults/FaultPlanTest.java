package io.wxmass.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    static final String SEND = "/cgi-bin/message/mass/send";
    static final String TOKEN = "/cgi-bin/token";

    @Test
    void decide_sameSeedAndCallOrder_givesTheSameFaults() {
        assertThat(sequence(FaultPlan.seeded(42), 200)).isEqualTo(sequence(FaultPlan.seeded(42), 200));
    }

    @Test
    void decide_otherSeed_givesOtherFaults() {
        assertThat(sequence(FaultPlan.seeded(42), 200)).isNotEqualTo(sequence(FaultPlan.seeded(43), 200));
    }

    @Test
    void decide_callsToOtherEndpoints_doNotShiftAnEndpointsSequence() {
        FaultPlan quiet = configure(FaultPlan.seeded(5));
        FaultPlan busy = configure(FaultPlan.seeded(5)).systemError(TOKEN, 0.5);
        List<FaultAction> interleaved = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            busy.decide(TOKEN);
            interleaved.add(busy.decide(SEND));
        }

        assertThat(interleaved).isEqualTo(sequence(quiet, 100));
    }

    @Test
    void decide_sharesAreHonouredOverManyCalls() {
        List<FaultAction> actions = sequence(FaultPlan.seeded(1), 20_000);

        assertThat(actions.stream().filter(FaultAction.SystemError.class::isInstance).count()).isBetween(5_600L, 6_400L);
        assertThat(actions.stream().filter(FaultAction.Delay.class::isInstance).count()).isBetween(1_700L, 2_300L);
        assertThat(actions.stream().filter(FaultAction.Cut.class::isInstance).count()).isBetween(1_700L, 2_300L);
        assertThat(actions).filteredOn(FaultAction.Delay.class::isInstance)
                .allMatch(a -> ((FaultAction.Delay) a).duration().equals(Duration.ofSeconds(6)));
    }

    @Test
    void decide_pathWithoutRules_isAlwaysNone() {
        FaultPlan plan = configure(FaultPlan.seeded(1));

        for (int i = 0; i < 100; i++) {
            assertThat(plan.decide(TOKEN)).isEqualTo(FaultAction.NONE);
            assertThat(FaultPlan.none().decide(SEND)).isEqualTo(FaultAction.NONE);
        }
    }

    @Test
    void decideCallback_dropAndDelay_areReproducibleAndSeparateFromEndpoints() {
        FaultPlan a = FaultPlan.seeded(9).dropCallbacks(0.5).delayCallbacks(0.25, Duration.ofSeconds(2));
        FaultPlan b = FaultPlan.seeded(9).dropCallbacks(0.5).delayCallbacks(0.25, Duration.ofSeconds(2));
        List<FaultAction> first = new ArrayList<>();
        List<FaultAction> second = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(a.decideCallback());
            second.add(b.decideCallback());
        }

        assertThat(first).isEqualTo(second).contains(FaultAction.DROP, FaultAction.NONE,
                new FaultAction.Delay(Duration.ofSeconds(2)));
        assertThat(a.decide(SEND)).isEqualTo(FaultAction.NONE);
    }

    @Test
    void settingAKindAgain_replacesItsShare() {
        FaultPlan plan = FaultPlan.seeded(3).systemError(SEND, 1.0).systemError(SEND, 0.0);

        assertThat(sequence(plan, 50)).containsOnly(FaultAction.NONE);
        assertThat(plan.rules().get(SEND)).singleElement().extracting(FaultRule::share).isEqualTo(0.0);
    }

    @Test
    void shares_addingUpToMoreThanOne_areRefused() {
        FaultPlan plan = FaultPlan.seeded(3).systemError(SEND, 0.7);

        assertThatThrownBy(() -> plan.cut(SEND, 0.4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SEND);
        assertThatThrownBy(() -> plan.cut(SEND, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reset_restartsTheSequenceFromTheNewSeed() {
        FaultPlan plan = configure(FaultPlan.seeded(11));
        List<FaultAction> before = sequence(plan, 50);

        plan.reset(11);

        assertThat(plan.rules()).isEmpty();
        assertThat(sequence(configure(plan), 50)).isEqualTo(before);
    }

    private static FaultPlan configure(FaultPlan plan) {
        return plan.systemError(SEND, 0.3).delay(SEND, 0.1, Duration.ofSeconds(6)).cut(SEND, 0.1);
    }

    private static List<FaultAction> sequence(FaultPlan plan, int n) {
        if (plan.rules().isEmpty()) {
            configure(plan);
        }
        List<FaultAction> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(plan.decide(SEND));
        }
        return out;
    }
}
