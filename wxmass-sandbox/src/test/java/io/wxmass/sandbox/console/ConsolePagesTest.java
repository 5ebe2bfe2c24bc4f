package io.wxmass.sandbox.console;

import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.MediaUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's pages over plain HTTP (no browser): what they show and that they print everything escaped. */
class ConsolePagesTest {
    private CallbackReceiver receiver;
    private Sandbox sandbox;
    private ConsoleClient browser;
    private ConsoleScene scene;

    @BeforeEach
    void start() throws Exception {
        receiver = CallbackReceiver.start(CallbackReceiver.Reply.ok());
        sandbox = Fixtures.fixedSandbox().callback(receiver.url(), "pushtoken", ConsoleScene.AES_KEY, "safe").start();
        browser = new ConsoleClient(sandbox);
        scene = ConsoleScene.sendAll(sandbox);
    }

    @AfterEach
    void stop() throws InterruptedException {
        sandbox.close();
        receiver.close();
    }

    @Test
    void overview_withoutAdminToken_showsCountersAgainstTheLimits() {
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        // sendall + send + preview in this minute; sendall + send today; one to-all send of the month's 4.
        assertThat(home.body()).contains("data-counter=\"rate\">3 / 60", "data-counter=\"daily\">2 / 100",
                "data-counter=\"history\">1 / 4", "data-counter=\"tokens\">1<");
    }

    @Test
    void inbox_rendersTheArticleCard_theTextEscaped_andMarksThePreview() {
        String page = browser.get("/console/accounts/" + sandbox.appId() + "/followers/" + scene.follower).body();
        assertThat(page).contains("data-kind=\"article-card\"", "春季上新 Spring is here", "Second article",
                "class=\"badge preview\"", "预览 preview text", "id=\"month-count\"");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; 你好").doesNotContain("<script>alert");
        assertThat(page).contains("2 / 4"); // the article and the text; the preview does not count
    }

    @Test
    void article_showsTheContentInASandboxedFrame_withTheMiniProgramAsACard() {
        String inbox = "/console/accounts/" + sandbox.appId() + "/followers/" + scene.follower;
        String page = browser.get(inbox + "/articles/m" + scene.articleMsgId + "/0").body();
        assertThat(page).contains("<iframe class=\"content\" sandbox ", "春季上新 Spring is here",
                "mp-card", "进店看看 Visit the shop", "https://example.com/spring")
                .doesNotContain("<mp-miniprogram");
        assertThat(browser.get(inbox + "/articles/m" + scene.articleMsgId + "/9").statusCode()).isEqualTo(404);
    }

    @Test
    void job_showsEachPush_sealedBesideDecrypted() {
        String page = browser.get("/console/accounts/" + sandbox.appId() + "/jobs/" + scene.articleMsgId).body();
        assertThat(page).contains("SEND_SUCCESS", "class=\"outcome\">accepted", "&lt;Encrypt&gt;",
                "&lt;Event&gt;&lt;![CDATA[MASSSENDJOBFINISH]]&gt;&lt;/Event&gt;",
                "&lt;MsgID&gt;" + scene.articleMsgId + "&lt;/MsgID&gt;");
    }

    @Test
    void everyControlOnEveryPage_hasAnAccessibleName() {
        String account = "/console/accounts/" + sandbox.appId();
        for (String path : new String[] {"/", account, account + "/followers/" + scene.follower,
                account + "/followers/" + scene.follower + "/articles/m" + scene.articleMsgId + "/0",
                account + "/jobs/" + scene.articleMsgId, "/console/faults"}) {
            assertThat(AccessibleNames.missing(browser.get(path).body())).as(path).isEmpty();
        }
    }

    @Test
    void followers_searchFindsByOpenId() {
        String page = browser.get("/console/accounts/" + sandbox.appId() + "?q=" + scene.follower.substring(0, 20)).body();
        assertThat(page).contains(scene.follower).doesNotContain(sandbox.account().followers().openId(10));
    }

    @Test
    void faultForm_addsTheRule_andTheNextSendFails() {
        String csrf = browser.csrf("/console/faults");
        HttpResponse<String> r = browser.post("/console/faults", "path", "/cgi-bin/message/mass/send",
                "kind", "system_error", "share", "1", "millis", "0", "csrf", csrf);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(browser.get("/console/faults").body()).contains("id=\"flash\"", "system_error /cgi-bin/message/mass/send");
        String to = "\"" + sandbox.account().followers().openId(1) + "\",\"" + sandbox.account().followers().openId(2) + "\"";
        assertThat(scene.api.call("/cgi-bin/message/mass/send",
                "{\"touser\":[" + to + "],\"text\":{\"content\":\"x\"},\"msgtype\":\"text\"}").get("errcode").asInt()).isEqualTo(-1);
    }

    @Test
    void faultForm_withABadShare_namesTheField_andAddsNothing() {
        HttpResponse<String> r = browser.post("/console/faults", "path", "/cgi-bin/message/mass/send",
                "kind", "system_error", "share", "2", "millis", "0", "csrf", browser.csrf("/console/faults"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("share: must be between");
        assertThat(sandbox.admin().faults().rules()).isEmpty();
    }

    @Test
    void clockForm_movesTheClock_andSaysFromWhenToWhen() {
        browser.post("/console/clock", "seconds", "86400", "csrf", browser.csrf("/console/faults"));
        assertThat(sandbox.clock().offset().toSeconds()).isEqualTo(86400);
        assertThat(browser.get("/console/faults").body()).contains("clock +86400 s: 2026-03-11 10:00:00 → 2026-03-12 10:00:00");
    }

    @Test
    void events_whenThePageIsStale_answerAChangeAtOnce() {
        HttpResponse<String> r = browser.get("/console/events?v=1");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        assertThat(r.body()).contains("event: change", "retry: ");
    }

    @Test
    void events_ignoreImageFetches_soAPageThatLoadsItsImagesDoesNotWakeItself() throws Exception {
        String page = browser.get("/console/accounts/" + sandbox.appId() + "/followers/" + scene.follower).body();
        String version = page.replaceAll("(?s).*data-events=\"/console/events\\?v=(\\d+)\".*", "$1");
        String cover = page.replaceAll("(?s).*class=\"cover\" src=\"([^\"]+)\".*", "$1");
        assertThat(browser.get(cover).statusCode()).isEqualTo(200);
        assertThat(browser.get("/console/events?wait=1&v=" + version).body()).doesNotContain("event: change");
    }

    @Test
    void language_switchedToChinese_isKeptByCookie_andTheBackLinkStaysOnTheConsole() {
        HttpResponse<String> r = browser.get("/console/lang?to=zh&back=%2Fconsole%2Ffaults");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/console/faults");
        assertThat(browser.get("/console/faults").body()).contains("<html lang=\"zh-CN\"", "故障与时钟", "拨快时钟");
        assertThat(browser.get("/console/lang?to=en&back=//evil.example").headers().firstValue("Location").orElseThrow())
                .isEqualTo("/");
        assertThat(browser.get("/").body()).contains("<html lang=\"en\"", "This minute (limit 60)");
    }

    @Test
    void accountPage_listsDraftsAndPublishes() {
        String draft = MediaUploads.draft(scene.api, "<p>draft body</p>");
        assertThat(browser.get("/console/accounts/" + sandbox.appId()).body()).contains(draft, "T0");
        long publishId = scene.api.call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + draft + "\"}")
                .get("publish_id").asLong();
        assertThat(browser.get("/console/accounts/" + sandbox.appId()).body())
                .contains("publish_id " + publishId + " <span class=\"status\">PUBLISHING");
    }

    @Test
    void console_reachedByAForeignHostName_isRefused_soDnsRebindingCannotReadIt() throws Exception {
        assertThat(rawGet("evil.example:" + sandbox.port())).startsWith("HTTP/1.1 403").contains("Host:")
                .doesNotContain(sandbox.appId());
        assertThat(rawGet("localhost:" + sandbox.port())).startsWith("HTTP/1.1 200").contains(sandbox.appId());
    }

    /** GET / with a Host header of our choosing (the JDK's HTTP client will not set one). */
    private String rawGet(String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", sandbox.port())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void consolePages_areNotCountedAsPlatformRequests() {
        browser.get("/");
        browser.get("/console/faults");
        assertThat(sandbox.admin().requestsByPath()).doesNotContainKeys("/", "/console/faults");
    }
}
