package io.wxmass.campaign.console;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.core.message.MassMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.wxmass.sandbox.console.AccessibleNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console against hostile or careless browsers, over plain HTTP: no session gets the login page, a read-only
 * key sees no send button and its POSTs are refused, a form without its CSRF token or from another origin is
 * refused, a wrong key is neither accepted nor echoed, a revoked key's session ends.
 */
class ConsoleSecurityTest {
    private static ConsoleRig rig;
    private static String adminKey;
    private static String readKey;

    @BeforeAll
    static void start() throws Exception {
        rig = ConsoleRig.startIdle(20); // nothing is sent unless a Send wakes the sender
        adminKey = rig.key("ops", Scope.ADMIN);
        readKey = rig.key("viewer", Scope.READ);
    }

    @AfterAll
    static void stop() throws Exception {
        rig.close();
    }

    private static Campaign draft(String name) {
        return rig.service.create(CampaignSpec.builder(name, MassMessage.text("hello"),
                AudienceSpec.openIds(List.of(rig.follower(1), rig.follower(2)))).build(), Actor.cli("setup"));
    }

    private static Campaign approved(String name) {
        Campaign c = draft(name);
        rig.service.approve(c.id(), Actor.cli("setup"));
        return rig.service.campaign(c.id());
    }

    @Test
    void everyControlOnEveryPage_hasAnAccessibleName() {
        Campaign c = approved("labels");
        ConsoleClient admin = new ConsoleClient(rig.url());
        assertThat(AccessibleNames.missing(admin.get("/console/login").body())).as("login").isEmpty();
        admin.login(adminKey);
        for (String path : new String[] {"/", "/console/new", "/console/campaigns/" + c.id()}) {
            assertThat(AccessibleNames.missing(admin.get(path).body())).as(path).isEmpty();
        }
    }

    @Test
    void noSession_getsTheLoginPage_andASessionCookieThatScriptsCannotRead() {
        ConsoleClient anonymous = new ConsoleClient(rig.url());
        HttpResponse<String> home = anonymous.get("/");
        assertThat(home.statusCode()).isEqualTo(401);
        assertThat(home.body()).contains("id=\"login-form\"", "name=\"csrf\"").doesNotContain("id=\"campaigns\"");
        assertThat(home.headers().firstValue("Set-Cookie")).get().asString()
                .startsWith(CampaignConsole.COOKIE + "=").contains("HttpOnly", "SameSite=Strict");
        assertThat(home.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
        Campaign c = draft("anonymous-page");
        assertThat(anonymous.get("/console/campaigns/" + c.id()).body()).contains("id=\"login-form\"").doesNotContain("anonymous-page");
    }

    @Test
    void wrongKey_isRefused_andNeverEchoed() {
        ConsoleClient client = new ConsoleClient(rig.url());
        String typed = "wxk_notARealKeyButSecretLooking123";
        HttpResponse<String> r = client.submit("/console/login", "/console/login", "key", typed);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("id=\"error\"").doesNotContain(typed);
        assertThat(client.get("/").statusCode()).isEqualTo(401);
    }

    @Test
    void login_givesAFreshSessionId_andThePageNamesTheKeyNotItsSecret() {
        ConsoleClient client = new ConsoleClient(rig.url());
        String before = client.get("/console/login").headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> login = client.submit("/console/login", "/console/login", "key", adminKey);
        assertThat(login.statusCode()).isEqualTo(303);
        String after = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(after).contains("HttpOnly", "SameSite=Strict").isNotEqualTo(before);
        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"who\"", "<b>ops</b>").doesNotContain(adminKey);
    }

    @Test
    void readOnlyKey_seesNoActionButtons_andItsPostsAreRefused() {
        Campaign c = approved("read-only-view");
        ConsoleClient viewer = new ConsoleClient(rig.url()).login(readKey);
        String page = "/console/campaigns/" + c.id();
        HttpResponse<String> shown = viewer.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("read-only-view", "id=\"batches\"", "id=\"act-export\"")
                .doesNotContain("id=\"act-send\"", "id=\"act-approve\"", "id=\"act-retract\"", "id=\"act-cancel\"", "id=\"nav-new\"");
        long massBefore = rig.massRequests();

        HttpResponse<String> send = viewer.submit(page, page + "/send");
        assertThat(send.statusCode()).isEqualTo(403);
        assertThat(send.body()).contains("send");
        assertThat(viewer.submit(page, page + "/retract", "confirm", "yes").statusCode()).isEqualTo(403);
        assertThat(viewer.submit("/", "/console/campaigns", "name", "sneaky", "type", "text", "content", "x",
                "audience", "tag", "tagId", "2").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/console/new").statusCode()).isEqualTo(403);

        assertThat(rig.massRequests()).isEqualTo(massBefore);
        assertThat(rig.service.campaign(c.id()).state()).isEqualTo(CampaignState.PLANNED);
        assertThat(rig.service.audit(c.id())).extracting(e -> e.action()).doesNotContain("send", "retract");
        assertThat(rig.service.list()).extracting(Campaign::name).doesNotContain("sneaky");
    }

    @Test
    void formWithoutItsCsrfToken_isRefused_andChangesNothing() {
        Campaign c = draft("csrf-target");
        ConsoleClient ops = new ConsoleClient(rig.url()).login(adminKey);
        String page = "/console/campaigns/" + c.id();
        assertThat(ops.post(page + "/approve", Map.of(), Map.of()).statusCode()).isEqualTo(403);
        assertThat(ops.post(page + "/approve", Map.of("csrf", "forged"), Map.of()).statusCode()).isEqualTo(403);
        assertThat(rig.service.campaign(c.id()).state()).isEqualTo(CampaignState.DRAFT);

        assertThat(ops.submit(page, page + "/approve").statusCode()).as("the same POST with its token").isEqualTo(303);
        assertThat(rig.service.campaign(c.id()).state()).isEqualTo(CampaignState.PLANNED);
        assertThat(rig.service.campaign(c.id()).approval().approvedBy()).contains("key:ops");
    }

    @Test
    void postFromAnotherOrigin_isRefusedBeforeTheConsole() {
        Campaign c = draft("origin-target");
        ConsoleClient ops = new ConsoleClient(rig.url()).login(adminKey);
        String page = "/console/campaigns/" + c.id();
        HttpResponse<String> r = ops.post(page + "/approve", Map.of("csrf", ops.csrf(page)), Map.of("Origin", "http://evil.example"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Origin");
        assertThat(rig.service.campaign(c.id()).state()).isEqualTo(CampaignState.DRAFT);
        HttpResponse<String> own = ops.post(page + "/approve", Map.of("csrf", ops.csrf(page)), Map.of("Origin", rig.url()));
        assertThat(own.statusCode()).as("the console's own origin").isEqualTo(303);
    }

    @Test
    void revokedKey_endsItsSession() {
        String secret = rig.key("temp", Scope.READ);
        ConsoleClient client = new ConsoleClient(rig.url()).login(secret);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        rig.keys.revoke("temp");
        assertThat(client.get("/").statusCode()).isEqualTo(401);
    }

    @Test
    void creatorOfAFourEyesCampaign_cannotApproveIt_andIsToldWhy() {
        ConsoleClient ops = new ConsoleClient(rig.url()).login(adminKey);
        HttpResponse<String> created = ops.submit("/console/new", "/console/campaigns", "name", "four-eyes", "type", "text",
                "content", "hi", "audience", "openids", "openIds", rig.follower(3) + "\n" + rig.follower(4), "fourEyes", "on");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String page = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> approve = ops.submit(page, page + "/approve");
        assertThat(approve.statusCode()).isEqualTo(409);
        assertThat(approve.body()).contains("id=\"error\"");
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(rig.service.campaign(id).state()).isEqualTo(CampaignState.DRAFT);
    }

    @Test
    void badFormInput_isShownAgainNamingTheField_andNothingIsCreated() {
        ConsoleClient ops = new ConsoleClient(rig.url()).login(adminKey);
        HttpResponse<String> r = ops.submit("/console/new", "/console/campaigns", "name", "bad-openid", "type", "text",
                "content", "hi", "audience", "openids", "openIds", "not an openid!");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"error\"", "openIds", "value=\"bad-openid\"");
        assertThat(rig.service.list()).extracting(Campaign::name).doesNotContain("bad-openid");
    }
}
