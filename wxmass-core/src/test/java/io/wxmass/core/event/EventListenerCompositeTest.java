package io.wxmass.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Endpoints;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventListenerCompositeTest {
    private final List<String> heard = new ArrayList<>();

    private EventListener recording(String name) {
        return new EventListener() {
            @Override
            public void tokenFetched(String appId, long durationNanos) {
                heard.add(name + ":" + appId);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static final EventListener THROWING = new EventListener() {
        @Override
        public void tokenFetched(String appId, long durationNanos) {
            throw new IllegalStateException("broken listener");
        }
    };

    @Test
    void composite_whenOneListenerThrows_theOthersStillHearInOrder() {
        EventListener all = EventListener.composite(recording("a"), THROWING, recording("b"));

        assertThatCode(() -> all.tokenFetched("wx1", 5)).doesNotThrowAnyException();
        assertThatCode(() -> all.tokenFetched("wx2", 5)).doesNotThrowAnyException();

        assertThat(heard).containsExactly("a:wx1", "b:wx1", "a:wx2", "b:wx2");
    }

    @Test
    void composite_dropsNoneAndFlattensNestedComposites() {
        EventListener a = recording("a");
        EventListener b = recording("b");

        assertThat(EventListener.composite()).isSameAs(EventListener.NONE);
        assertThat(EventListener.composite(EventListener.NONE, EventListener.NONE)).isSameAs(EventListener.NONE);
        EventListener nested = EventListener.composite(EventListener.composite(a, EventListener.NONE), b);
        nested.tokenFetched("wx", 1);

        assertThat(heard).containsExactly("a:wx", "b:wx");
        assertThat(nested).hasToString("Guarded[a, b]");
    }

    @Test
    void guarded_keepsNoneAsItselfAndDoesNotWrapTwice() {
        EventListener once = EventListener.guarded(recording("a"));

        assertThat(EventListener.guarded(EventListener.NONE)).isSameAs(EventListener.NONE);
        assertThat(EventListener.guarded(once)).isSameAs(once);
        assertThatCode(() -> EventListener.guarded(THROWING).callStart(Endpoints.MASS_GET))
                .doesNotThrowAnyException();
    }

    @Test
    void addEventListener_keepsTheListenerSetBefore_whileEventListenerReplacesIt() {
        WxMassConfig both = WxMassConfig.builder().appId("wx1").appSecret("s")
                .eventListener(recording("meters")).addEventListener(recording("app")).build();
        WxMassConfig replaced = WxMassConfig.builder().appId("wx1").appSecret("s")
                .eventListener(recording("meters")).eventListener(recording("app")).build();

        both.eventListener().tokenFetched("wx1", 1);
        replaced.eventListener().tokenFetched("wx1", 1);

        assertThat(heard).containsExactly("meters:wx1", "app:wx1", "app:wx1");
    }
}
