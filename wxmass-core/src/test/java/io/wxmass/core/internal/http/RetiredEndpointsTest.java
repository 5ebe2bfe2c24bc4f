package io.wxmass.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.mass.ScriptedAccount;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetiredEndpointsTest {
    private static final Endpoint ADD_NEWS = new Endpoint("/cgi-bin/material/add_news", Endpoint.Method.POST, Endpoint.Kind.MEDIA);
    private static final Endpoint UPDATE_NEWS = new Endpoint("/cgi-bin/material/update_news", Endpoint.Method.POST, Endpoint.Kind.MEDIA);

    @Test
    void permanentNewsMaterial_isRetiredWith45106_andNamesTheDraftReplacement() {
        assertThat(RetiredEndpoints.lookup(ADD_NEWS.path())).hasValueSatisfying(s -> {
            assertThat(s.retired()).isTrue();
            assertThat(s.errcode()).isEqualTo(45106);
            assertThat(s.since()).isEqualTo("2022-02-28");
            assertThat(s.replacement()).isEqualTo("/cgi-bin/draft/add");
        });
        assertThat(RetiredEndpoints.lookup(UPDATE_NEWS.path())).hasValueSatisfying(
                s -> assertThat(s.replacement()).isEqualTo("/cgi-bin/draft/update"));
    }

    @Test
    void uploadnews_isSupersededByDrafts_butStillCallable() {
        assertThat(RetiredEndpoints.lookup(Endpoints.MEDIA_UPLOADNEWS.path())).hasValueSatisfying(s -> {
            assertThat(s.retired()).isFalse();
            assertThat(s.replacement()).isEqualTo("/cgi-bin/draft/add");
        });
        assertThat(ApiRequest.post(Endpoints.MEDIA_UPLOADNEWS, RequestBody.NONE).endpoint()).isEqualTo(Endpoints.MEDIA_UPLOADNEWS);
    }

    @Test
    void callingARetiredEndpointThroughTheTransport_failsBeforeTheNetwork_namingTheReplacement() {
        try (ScriptedAccount account = ScriptedAccount.start()) {
            assertThatThrownBy(() -> account.transport().execute(ApiRequest.post(ADD_NEWS, RequestBody.NONE)))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("/cgi-bin/material/add_news");
                        assertThat(e.rule()).contains("retired since 2022-02-28", "45106", "use /cgi-bin/draft/add");
                    });
            assertThat(account.platform().requests()).isEmpty();
        }
    }

    @Test
    void noEndpointTheSdkWraps_isRetired() {
        for (Field field : Endpoints.class.getFields()) {
            Endpoint endpoint = (Endpoint) get(field);
            assertThat(RetiredEndpoints.lookup(endpoint.path()).filter(EndpointStatus::retired))
                    .as(endpoint.path()).isEmpty();
        }
        assertThat(ApiRequest.get(Endpoints.USER_GET, Map.of()).query()).isEmpty();
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
