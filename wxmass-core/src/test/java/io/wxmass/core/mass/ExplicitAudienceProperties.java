package io.wxmass.core.mass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.internal.mass.MassRequestJson;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** No tag, whatever its id, ever turns into a send to all followers; only allFollowers() does. */
class ExplicitAudienceProperties {
    private static final SendOptions OPTIONS = SendOptions.withClientMsgId("p");

    @Property(tries = 300)
    void anyTag_sendsIsToAllFalseWithThatTagId(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long tagId) {
        JsonNode filter = WireFixtures.wire(MassRequestJson.sendAll(MassMessage.text("t"), Audience.tag(tagId), OPTIONS))
                .path("filter");

        assertThat(filter.path("is_to_all").isBoolean()).isTrue();
        assertThat(filter.path("is_to_all").booleanValue()).isFalse();
        assertThat(filter.path("tag_id").longValue()).isEqualTo(tagId);
    }

    @Property(tries = 1)
    void allFollowers_isTheOnlyAudienceThatSendsIsToAllTrue() {
        JsonNode filter = MassRequestJson.sendAll(MassMessage.text("t"), Audience.allFollowers(), OPTIONS).path("filter");

        assertThat(filter.path("is_to_all").booleanValue()).isTrue();
        assertThat(filter.has("tag_id")).isFalse();
    }
}
