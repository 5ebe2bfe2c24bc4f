package io.wxmass.sandbox.console;

import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The console behind an admin token, over plain HTTP: login, session cookie, CSRF and Origin checks. */
class ConsoleSecurityTest {
    private Sandbox sandbox;
    private ConsoleClient browser;

    @BeforeEach
    void start() {
        sandbox = Fixtures.fixedSandbox().adminToken(ConsoleScene.ADMIN_TOKEN).start();
        browser = new ConsoleClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void root_whenAdminTokenSetAndNoSession_answersLoginPage() {
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("action=\"/console/login\"", "type=\"password\"")
                .doesNotContain(sandbox.appId());
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith(SandboxConsole.COOKIE + "=").contains("HttpOnly", "SameSite=Strict");
    }

    @Test
    void pagesAndEvents_withoutLogin_showNothingOfTheSandbox() {
        assertThat(browser.get("/console/accounts/" + sandbox.appId()).statusCode()).isEqualTo(401);
        assertThat(browser.get("/console/faults").body()).doesNotContain("fault-form");
        assertThat(browser.get("/console/events?v=0").body()).doesNotContain("event: change");
    }

    @Test
    void login_withWrongToken_isRefused_andTheRightOneOpensTheConsole() {
        HttpResponse<String> wrong = browser.post("/console/login", "token", "guess", "csrf", browser.csrf("/console/login"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("guess");
        browser.login(ConsoleScene.ADMIN_TOKEN);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(sandbox.appId()).doesNotContain(ConsoleScene.ADMIN_TOKEN)
                .doesNotContain(sandbox.appSecret());
    }

    @Test
    void login_issuesANewSessionId_soOnePlantedBeforeLoginIsWorthless() {
        browser.get("/console/login");
        ConsoleClient attacker = new ConsoleClient(sandbox);
        String planted = attacker.get("/console/login").headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> login = browser.post("/console/login", "token", ConsoleScene.ADMIN_TOKEN,
                "csrf", browser.csrf("/console/login"));
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain(planted)
                .contains("HttpOnly", "SameSite=Strict");
        HttpResponse<String> withPlanted = attacker.send(HttpRequest.newBuilder(attacker.uri("/")).header("Cookie", planted));
        assertThat(withPlanted.statusCode()).isEqualTo(401);
    }

    @Test
    void post_withoutCsrfToken_isRefused_andChangesNothing() {
        browser.login(ConsoleScene.ADMIN_TOKEN);
        HttpResponse<String> r = browser.post("/console/faults", "path", "/cgi-bin/message/mass/send",
                "kind", "system_error", "share", "1", "millis", "0");
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = browser.post("/console/clock", "seconds", "3600", "csrf", "not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(sandbox.admin().faults().rules()).isEmpty();
        assertThat(sandbox.clock().offset().isZero()).isTrue();
    }

    @Test
    void post_fromAnotherOrigin_isRefused_evenWithTheCsrfToken() {
        browser.login(ConsoleScene.ADMIN_TOKEN);
        String csrf = browser.csrf("/console/faults");
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(browser.uri("/console/clock"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("seconds=60&csrf=" + csrf)));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(sandbox.clock().offset().isZero()).isTrue();
    }

    @Test
    void logout_endsTheSession() {
        browser.login(ConsoleScene.ADMIN_TOKEN);
        assertThat(browser.post("/console/logout", "csrf", browser.csrf("/")).statusCode()).isEqualTo(303);
        assertThat(browser.get("/").statusCode()).isEqualTo(401);
    }

    @Test
    void pages_sendSecurityHeaders_andTheStaticFilesComeFromTheJar() {
        browser.login(ConsoleScene.ADMIN_TOKEN);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(home.body()).doesNotContain("https://", "http://cdn");
        for (String file : new String[] {"console.css", "console.js", "article.css"}) {
            assertThat(browser.get("/console/static/" + file).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(browser.get("/console/static/../SandboxConsole.class").statusCode()).isEqualTo(404);
    }
}
