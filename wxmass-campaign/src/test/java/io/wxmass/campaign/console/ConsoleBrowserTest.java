package io.wxmass.campaign.console;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.sandbox.console.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign console in a real headless Chromium against {@code serve} and the sandbox, clicked through as
 * operators would: log in, create a campaign from the form (an uploaded openid file), preview it, approve it with
 * a second key (four-eyes), send it, watch the progress reach done on a page that is not reloaded, retract it.
 * Runs under the {@code browser} profile (when /usr/bin/chromium exists); screenshots land in
 * {@code target/console-screenshots}.
 */
@Tag("browser")
class ConsoleBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private ConsoleRig rig;
    private HeadlessChromium chromium;
    private WebDriverWait wait;
    private String alice;
    private String bob;

    @BeforeEach
    void start() throws Exception {
        rig = ConsoleRig.startIdle(40);
        alice = rig.key("alice", Scope.READ, Scope.CREATE, Scope.SEND, Scope.RETRACT);
        bob = rig.key("bob", Scope.READ, Scope.APPROVE);
        chromium = new HeadlessChromium();
        wait = new WebDriverWait(chromium.driver, WAIT);
        // Live updates replace elements while a wait polls them: a stale reference means "look again".
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            chromium.close();
        } finally {
            rig.close();
        }
    }

    private void logIn(String key, String screenshot) {
        chromium.driver.get(rig.url() + "/");
        if (screenshot != null) {
            chromium.screenshot(screenshot);
        }
        chromium.driver.findElement(By.id("key")).sendKeys(key);
        chromium.driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaigns-h")));
    }

    private void logOut() {
        chromium.driver.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
    }

    private String flash() {
        wait.until(d -> !d.findElements(By.id("flash")).isEmpty() || !d.findElements(By.id("error")).isEmpty());
        assertThat(chromium.driver.findElements(By.id("error"))).as("an error instead of the flash line").isEmpty();
        return chromium.driver.findElement(By.id("flash")).getText();
    }

    @Test
    void createPreviewApproveWithASecondKeySendWatchDoneAndRetract() throws Exception {
        List<String> openIds = new ArrayList<>();
        for (int i = 10; i < 35; i++) {
            openIds.add(rig.follower(i));
        }
        Path file = Files.write(rig.folder.resolve("fans.txt"), openIds);

        logIn(alice, "campaign-console-login");
        chromium.driver.findElement(By.id("nav-new")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("name"))).sendKeys("spring greeting");
        new Select(chromium.driver.findElement(By.id("type"))).selectByValue("text");
        chromium.driver.findElement(By.id("content")).sendKeys("春天好 Happy spring");
        new Select(chromium.driver.findElement(By.id("audience"))).selectByValue("openids");
        chromium.driver.findElement(By.id("openidFile")).sendKeys(file.toAbsolutePath().toString());
        chromium.driver.findElement(By.id("preview")).sendKeys(rig.follower(0));
        chromium.driver.findElement(By.id("fourEyes")).click();
        assertThat(chromium.driver.findElement(By.id("tagId")).isDisplayed()).as("tag id hidden for an openid list").isFalse();
        chromium.screenshot("campaign-console-new");
        chromium.driver.findElement(By.id("create")).click();

        assertThat(flash()).contains("campaign created: spring greeting");
        String page = chromium.driver.getCurrentUrl();
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(chromium.driver.findElement(By.cssSelector("[data-kind=text]")).getText()).isEqualTo("春天好 Happy spring");
        assertThat(chromium.driver.findElements(By.id("act-approve"))).as("alice lacks the approve scope").isEmpty();

        chromium.driver.findElement(By.id("act-preview")).click();
        assertThat(flash()).contains("preview sent to 1");
        assertThat(rig.sandbox.admin().previews(rig.sandbox.appId(), rig.follower(0))).as("the preview the sandbox received").hasSize(1);
        logOut();

        logIn(bob, null);
        chromium.driver.get(page);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("act-approve"))).click();
        assertThat(flash()).contains("approved: 3 batches");
        assertThat(chromium.driver.findElement(By.id("approved-by")).getText()).contains("key:bob");
        assertThat(chromium.driver.findElements(By.id("act-send"))).as("bob lacks the send scope").isEmpty();
        chromium.screenshot("campaign-console-approved");
        logOut();

        assertThat(rig.massRequests()).as("only the preview went out before Send").isEqualTo(1);
        logIn(alice, null);
        // The list, opened before the send, must reach done by itself: it is never reloaded.
        chromium.driver.executeScript("window.__sameDocument = true;");
        assertThat(progressOf(id).getAttribute("data-done")).isEqualTo("false");
        String list = chromium.driver.getWindowHandle();
        chromium.driver.switchTo().newWindow(WindowType.TAB);
        chromium.driver.get(page);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("act-send"))).click();
        assertThat(flash()).contains("handed to the sender");
        chromium.driver.switchTo().window(list);
        wait.until(d -> "true".equals(progressOf(id).getAttribute("data-done")));
        assertThat(progressOf(id).getText()).contains("3/3", "25 sent", "done");
        assertThat((Boolean) chromium.driver.executeScript("return window.__sameDocument === true;"))
                .as("the list was updated in place, not reloaded").isTrue();
        assertThat(chromium.driver.findElement(By.id("events")).getText()).contains("MASSSENDJOBFINISH");
        chromium.screenshot("campaign-console-list");

        chromium.driver.get(page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batches")));
        assertThat(chromium.driver.findElements(By.cssSelector("#batches tbody tr"))).hasSize(3)
                .allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("FINISHED"));
        assertThat(chromium.driver.findElement(By.id("audit")).getText()).contains("key:alice", "key:bob", "approve", "send");
        assertThat(chromium.driver.findElement(By.id("retract-warning")).getText()).contains("article page dies for every send");
        chromium.screenshot("campaign-console-campaign");
        chromium.driver.findElement(By.id("retract-confirm")).click();
        chromium.driver.findElement(By.id("act-retract")).click();
        assertThat(flash()).contains("batches cancelled");
        assertThat(chromium.driver.findElement(By.id("campaign-state")).getText()).isEqualTo("RETRACTED");
        assertThat(rig.service.campaign(id).state()).isEqualTo(CampaignState.RETRACTED);
        assertThat(rig.service.audit(id)).extracting(e -> e.actor() + " " + e.action()).contains("key:alice retract");
    }

    private WebElement progressOf(String id) {
        return chromium.driver.findElement(By.id("progress-" + id));
    }

    @Test
    void articleCampaign_showsItsCardAsAFollowerSeesIt_at360px_inChinese() throws Exception {
        String thumb = rig.thumb();
        logIn(alice, null);
        chromium.driver.findElement(By.id("nav-new")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("name"))).sendKeys("春季上新");
        new Select(chromium.driver.findElement(By.id("type"))).selectByValue("articles");
        chromium.driver.findElement(By.id("articleTitle")).sendKeys("春季上新 Spring is here");
        chromium.driver.findElement(By.id("articleThumb")).sendKeys(thumb);
        chromium.driver.findElement(By.id("articleDigest")).sendKeys("新品八折 New arrivals, 20% off");
        chromium.driver.findElement(By.id("articleContent")).sendKeys("<p>Hello</p>");
        new Select(chromium.driver.findElement(By.id("audience"))).selectByValue("tag");
        chromium.driver.findElement(By.id("tagId")).sendKeys("2");
        chromium.driver.findElement(By.id("create")).click();
        assertThat(flash()).contains("campaign created");

        chromium.driver.findElement(By.cssSelector("header nav a[lang=zh-CN]")).click();
        chromium.size(360, 800);
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-kind=article-card]")));
        assertThat(card.getText()).contains("春季上新 Spring is here", "新品八折 New arrivals, 20% off");
        assertThat(chromium.driver.findElement(By.id("message-h")).getText()).isEqualTo("消息（粉丝看到的样子）");
        Long overflow = (Long) chromium.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0L);
        chromium.screenshot("campaign-console-article-360px");
        Campaign stored = rig.service.list().get(0);
        assertThat(stored.articles()).singleElement().extracting(a -> a.title()).isEqualTo("春季上新 Spring is here");
    }
}
