package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.audience.Tag;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.media.UploadedMedia;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every message type through the SDK to each kind of audience: the receipt names the sandbox's job, and each
 * recipient (and nobody else) holds exactly one copy of it.
 */
@WithSandbox(followers = Sdk.FOLLOWERS, fixedClock = Sdk.START)
class MassSendAudiencesTest {
    private WxMass wx;

    @BeforeEach
    void client(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
        wx = Sdk.client(sandbox);
    }

    @Test
    void send_textToAllFollowers_reachesEveryFollowerOnce(Sandbox sandbox) throws InterruptedException {
        SendReceipt receipt = wx.mass().send(MassMessage.text("Spring sale starts Monday"), Audience.allFollowers(),
                SendOptions.withClientMsgId("spring-text-all"));

        MassJob job = jobOf(sandbox, receipt);
        assertThat(job.msgType()).isEqualTo("text");
        assertThat(job.isToAll()).isTrue();
        assertThat(job.totalCount()).isEqualTo(Sdk.FOLLOWERS);
        assertThat(receipt.duplicate()).isFalse();
        assertThat(receipt.clientMsgId()).isEqualTo("spring-text-all");
        assertReachedOnlyOnce(sandbox, receipt, allFollowers());
    }

    @Test
    void send_imageToATag_reachesOnlyTheTagsMembersOnce(Sandbox sandbox) throws InterruptedException {
        UploadedMedia image = wx.media().upload(MediaType.IMAGE, Sdk.file("cover.png"));
        Tag earlyBirds = tag("早鸟");

        SendReceipt receipt = wx.mass().send(MassMessage.image(image.mediaId()), Audience.tag(earlyBirds.id()),
                SendOptions.generated());

        MassJob job = jobOf(sandbox, receipt);
        assertThat(job.msgType()).isEqualTo("image");
        assertThat(job.isToAll()).isFalse();
        Set<Integer> members = memberIndexes(sandbox, earlyBirds);
        assertThat(members).hasSize((int) earlyBirds.count());
        assertReachedOnlyOnce(sandbox, receipt, members);
    }

    @Test
    void send_voiceToAnOpenIdList_reachesExactlyTheListedFollowersOnce(Sandbox sandbox) throws InterruptedException {
        UploadedMedia voice = wx.media().upload(MediaType.VOICE, Sdk.file("voice.amr"));
        List<String> listed = List.of(Sdk.openId(sandbox, 3), Sdk.openId(sandbox, 4), Sdk.openId(sandbox, 3));

        SendReceipt receipt = wx.mass().send(MassMessage.voice(voice.mediaId()), Audience.openIds(listed),
                SendOptions.generated());

        MassJob job = jobOf(sandbox, receipt);
        assertThat(job.msgType()).isEqualTo("voice");
        assertThat(job.totalCount()).as("the repeated openid is sent once").isEqualTo(2);
        assertReachedOnlyOnce(sandbox, receipt, Set.of(3, 4));
    }

    @Test
    void send_mpvideoFromUploadVideoToAnOpenIdList_reachesThemOnce(Sandbox sandbox) throws InterruptedException {
        UploadedMedia video = wx.media().upload(MediaType.VIDEO, Sdk.file("clip.mp4"));
        UploadedMedia mpvideo = wx.media().uploadVideo(video.mediaId(), "Store tour", "Two minutes around the new store");

        SendReceipt receipt = wx.mass().send(
                MassMessage.mpVideo(mpvideo.mediaId()).withTitleAndDescription("Store tour", "The new store"),
                Audience.openIds(List.of(Sdk.openId(sandbox, 7), Sdk.openId(sandbox, 8), Sdk.openId(sandbox, 9))),
                SendOptions.generated());

        assertThat(jobOf(sandbox, receipt).msgType()).isEqualTo("mpvideo");
        assertReachedOnlyOnce(sandbox, receipt, Set.of(7, 8, 9));
    }

    @Test
    void send_mpnewsFromADraftToAllFollowers_carriesAMsgDataIdAndReachesEveryoneOnce(Sandbox sandbox)
            throws InterruptedException {
        String draft = wx.media().addDraft(Sdk.articles(Sdk.thumb(wx), 2));

        SendReceipt receipt = wx.mass().send(MassMessage.mpNews(draft), Audience.allFollowers(), SendOptions.generated());

        MassJob job = jobOf(sandbox, receipt);
        assertThat(job.msgType()).isEqualTo("mpnews");
        assertThat(job.articleCount()).isEqualTo(2);
        assertThat(receipt.msgDataId()).isPresent();
        assertReachedOnlyOnce(sandbox, receipt, allFollowers());
    }

    @Test
    void send_mpnewsFromUploadNewsToATag_reachesTheTagsMembersOnce(Sandbox sandbox) throws InterruptedException {
        UploadedMedia news = wx.media().uploadNews(Sdk.articles(Sdk.thumb(wx), 1));
        Tag vip = tag("VIP");

        SendReceipt receipt = wx.mass().send(MassMessage.mpNews(news.mediaId()), Audience.tag(vip.id()),
                SendOptions.generated());

        MassJob job = jobOf(sandbox, receipt);
        assertThat(job.msgType()).isEqualTo("mpnews");
        assertThat(job.isToAll()).isFalse();
        assertReachedOnlyOnce(sandbox, receipt, memberIndexes(sandbox, vip));
    }

    private Tag tag(String name) {
        return wx.audience().tags().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** The follower indexes of a tag's members, as the SDK streams them. */
    private Set<Integer> memberIndexes(Sandbox sandbox, Tag tag) {
        return wx.audience().tagMembers(tag.id()).map(sandbox.account().followers()::indexOf).collect(Collectors.toSet());
    }

    /** The receipt's msg_id is a job the sandbox holds; the only one this send created. */
    private static MassJob jobOf(Sandbox sandbox, SendReceipt receipt) {
        return sandbox.admin().job(sandbox.appId(), receipt.msgId()).orElseThrow(
                () -> new AssertionError("the sandbox has no job " + receipt.msgId()));
    }

    private static void assertReachedOnlyOnce(Sandbox sandbox, SendReceipt receipt, Set<Integer> recipients)
            throws InterruptedException {
        Sdk.awaitIdle(sandbox);
        for (int i = 0; i < Sdk.FOLLOWERS; i++) {
            String openId = Sdk.openId(sandbox, i);
            assertThat(Sdk.copiesOf(sandbox, openId, receipt.msgId()))
                    .as("copies of job %d in the inbox of follower %d", receipt.msgId(), i)
                    .hasSize(recipients.contains(i) ? 1 : 0);
        }
    }

    private static Set<Integer> allFollowers() {
        return IntStream.range(0, Sdk.FOLLOWERS).boxed().collect(Collectors.toSet());
    }
}
