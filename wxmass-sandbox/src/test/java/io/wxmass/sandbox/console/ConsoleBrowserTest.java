package io.wxmass.sandbox.console;

import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import io.wxmass.sandbox.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium, clicked through as a developer would: log in, open a follower's
 * inbox and its article, read a job's decrypted push, set a fault and see the next send fail, watch a new job
 * appear without a reload. Runs under the {@code browser} profile (when /usr/bin/chromium exists).
 */
@Tag("browser")
class ConsoleBrowserTest {
    private CallbackReceiver receiver;
    private Sandbox sandbox;
    private ConsoleScene scene;
    private HeadlessChromium chromium;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        receiver = CallbackReceiver.start(CallbackReceiver.Reply.ok());
        sandbox = Fixtures.fixedSandbox().adminToken(ConsoleScene.ADMIN_TOKEN)
                .callback(receiver.url(), "pushtoken", ConsoleScene.AES_KEY, "safe").start();
        scene = ConsoleScene.sendAll(sandbox);
        chromium = new HeadlessChromium();
        wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() throws InterruptedException {
        try {
            chromium.close();
        } finally {
            sandbox.close();
            receiver.close();
        }
    }

    private void logIn() {
        chromium.driver.get(sandbox.baseUrl() + "/");
        chromium.screenshot("login");
        chromium.driver.findElement(By.id("token")).sendKeys(ConsoleScene.ADMIN_TOKEN);
        chromium.driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));
    }

    @Test
    void follower_inboxShowsTheArticleCard_whichOpensTheArticleWithItsMiniProgramCard() {
        logIn();
        chromium.screenshot("accounts");
        chromium.driver.findElement(By.linkText(sandbox.appId())).click();
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        search.sendKeys(scene.follower.substring(0, 12));
        search.submit();
        wait.until(ExpectedConditions.urlContains("?q="));
        chromium.screenshot("account");
        chromium.driver.findElement(By.cssSelector("#followers a")).click();

        chromium.size(360, 800);
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-kind=article-card]")));
        assertThat(card.getText()).contains("春季上新 Spring is here", "Second article");
        assertThat(chromium.driver.findElement(By.cssSelector(".news-main .cover")).getSize().getWidth()).isGreaterThan(200);
        assertThat(chromium.driver.findElement(By.cssSelector(".is-preview")).getText()).contains("Preview", "预览 preview text");
        assertThat(chromium.driver.findElement(By.cssSelector("[data-kind=text]")).getText())
                .isEqualTo("<script>alert(1)</script> 你好");
        Long overflow = (Long) chromium.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0L);
        chromium.screenshot("inbox-360px");

        chromium.driver.findElement(By.cssSelector("[data-kind=article-card] .news-main")).click();
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.content")));
        assertThat(chromium.driver.findElement(By.cssSelector("#article h1")).getText()).isEqualTo("春季上新 Spring is here");
        chromium.driver.switchTo().frame(frame);
        assertThat(chromium.driver.findElement(By.cssSelector(".mp-card")).getText()).contains("进店看看 Visit the shop");
        Boolean imageLoaded = (Boolean) chromium.driver.executeScript(
                "var i = document.querySelector('p img'); return i.complete && i.naturalWidth > 0;");
        assertThat(imageLoaded).as("the in-article image, served by the sandbox").isTrue();
        chromium.driver.switchTo().defaultContent();
        chromium.screenshot("article-360px");
    }

    @Test
    void job_showsItsPushDecryptedBesideTheSealedBody() {
        logIn();
        chromium.driver.get(sandbox.baseUrl() + "/console/accounts/" + sandbox.appId());
        chromium.driver.findElement(By.linkText(Long.toString(scene.articleMsgId))).click();
        WebElement decrypted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".push .decrypted")));
        assertThat(decrypted.getText()).contains("<Event><![CDATA[MASSSENDJOBFINISH]]></Event>",
                "<MsgID>" + scene.articleMsgId + "</MsgID>");
        assertThat(chromium.driver.findElement(By.cssSelector(".push .sealed")).getText()).contains("<Encrypt>")
                .doesNotContain("MASSSENDJOBFINISH");
        assertThat(chromium.driver.findElement(By.cssSelector(".push .outcome")).getText()).isEqualTo("accepted");
        chromium.screenshot("job");
    }

    @Test
    void faultSetInTheForm_makesTheNextSendFail() {
        logIn();
        chromium.driver.findElement(By.linkText("Faults & clock")).click();
        WebElement path = wait.until(ExpectedConditions.elementToBeClickable(By.id("fault-path")));
        path.clear();
        path.sendKeys("/cgi-bin/message/mass/send");
        new Select(chromium.driver.findElement(By.id("fault-kind"))).selectByVisibleText("system_error");
        WebElement share = chromium.driver.findElement(By.id("fault-share"));
        share.clear();
        share.sendKeys("1");
        chromium.driver.findElement(By.id("fault-add")).click();
        WebElement flash = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash")));
        assertThat(flash.getText()).contains("system_error /cgi-bin/message/mass/send, share 1.0");
        assertThat(chromium.driver.findElement(By.id("fault-rules")).getText()).contains("/cgi-bin/message/mass/send");
        chromium.screenshot("faults");

        String to = "\"" + sandbox.account().followers().openId(1) + "\",\"" + sandbox.account().followers().openId(2) + "\"";
        assertThat(scene.api.call("/cgi-bin/message/mass/send",
                "{\"touser\":[" + to + "],\"text\":{\"content\":\"after the fault\"},\"msgtype\":\"text\"}")
                .get("errcode").asInt()).isEqualTo(-1);
    }

    @Test
    void accountPage_showsANewJobWithoutAReload() {
        logIn();
        chromium.driver.get(sandbox.baseUrl() + "/console/accounts/" + sandbox.appId());
        chromium.driver.executeScript("window.__sameDocument = true;");
        int before = chromium.driver.findElements(By.cssSelector("#jobs tbody tr")).size();
        String to = "\"" + sandbox.account().followers().openId(5) + "\",\"" + sandbox.account().followers().openId(6) + "\"";
        assertOk(scene.api.call("/cgi-bin/message/mass/send",
                "{\"touser\":[" + to + "],\"text\":{\"content\":\"live\"},\"msgtype\":\"text\"}"));
        wait.until(d -> d.findElements(By.cssSelector("#jobs tbody tr")).size() == before + 1);
        assertThat((Boolean) chromium.driver.executeScript("return window.__sameDocument === true;"))
                .as("the page was updated in place, not reloaded").isTrue();
    }
}
