package io.wxmass.campaign.lint;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.testing.SandboxRig;
import io.wxmass.core.draft.DraftArticle;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.lint.Finding;
import io.wxmass.core.lint.Rule;
import io.wxmass.core.lint.Severity;
import io.wxmass.core.media.MediaFile;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.faults.FaultPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-flight lint of stored campaigns (CampaignService.lint) against the sandbox and a SQLite store. */
class CampaignLintSandboxTest {
    @TempDir
    Path folder;

    private static String draft(SandboxRig rig) throws IOException {
        byte[] jpeg;
        try (InputStream in = CampaignLintSandboxTest.class.getResourceAsStream("/media/thumb.jpg")) {
            jpeg = in.readAllBytes();
        }
        String thumb = rig.wx.media().upload(MediaType.THUMB, MediaFile.of("thumb.jpg", jpeg)).mediaId();
        return rig.wx.drafts().add(DraftArticle.news().title("Spring").thumbMediaId(thumb).content("<p>spring</p>").build());
    }

    private static Campaign create(SandboxRig rig, MassMessage message, AudienceSpec audience, boolean ignoreReprint) {
        return rig.service.create(CampaignSpec.builder("lint", message, audience).ignoreReprint(ignoreReprint)
                .strategy(DeliveryStrategy.AUTO).build());
    }

    @Test
    void lint_ofATextCampaignToAll_isClean_anExplicitAllIsNoAccident() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = create(rig, MassMessage.text("hello"), AudienceSpec.all(), false);

            PlanFindings lint = rig.service.lint(c.id());

            assertThat(lint.findings()).isEmpty();
            assertThat(lint.verdict()).isEqualTo("clean");
        }
    }

    @Test
    void lint_ofMpnewsWithoutAReprintChoice_warns_andDoesNotBlock_whileAChoiceIsQuiet() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            String mediaId = draft(rig);
            Campaign unchosen = create(rig, MassMessage.mpNews(mediaId), AudienceSpec.openIds(rig.followers(0, 5)), false);
            Campaign chosen = create(rig, MassMessage.mpNews(mediaId), AudienceSpec.openIds(rig.followers(0, 5)), true);

            PlanFindings lint = rig.service.lint(unchosen.id());

            assertThat(lint.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IGNORE_REPRINT_CHOICE);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
            assertThat(lint.blocked()).isFalse();
            assertThat(lint.verdict()).isEqualTo("warnings");
            assertThat(rig.service.lint(chosen.id()).findings()).isEmpty();
        }
    }

    @Test
    void lint_ofACardCampaign_blocks_whatSendDryRunOnlyWarnsAbout() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            Campaign c = create(rig, MassMessage.wxCard("pCard123"), AudienceSpec.all(), false);

            PlanFindings lint = rig.service.lint(c.id());

            assertThat(lint.blocked()).isTrue();
            assertThat(lint.findings()).extracting(Finding::rule).containsExactly(Rule.NO_LONGER_SUPPORTED);
        }
    }

    @Test
    void lint_ofADraftAnotherCampaignAlreadySent_blocks_naming40007sCause() throws Exception {
        try (SandboxRig rig = new SandboxRig(folder, 10, FaultPlan.none())) {
            String mediaId = draft(rig);
            Campaign first = create(rig, MassMessage.mpNews(mediaId), AudienceSpec.openIds(rig.followers(0, 5)), true);
            Campaign second = create(rig, MassMessage.mpNews(mediaId), AudienceSpec.openIds(rig.followers(5, 10)), true);
            assertThat(rig.service.lint(second.id()).blocked()).as("nothing sent yet").isFalse();

            rig.service.approve(first.id(), Fixtures.APPROVER);
            rig.service.run(first.id());
            rig.awaitIdle();

            PlanFindings lint = rig.service.lint(second.id());
            assertThat(lint.blocked()).isTrue();
            assertThat(lint.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.DRAFT_REUSED);
                assertThat(f.field()).isEqualTo("mpnews.media_id");
            });
            assertThat(rig.service.lint(first.id()).blocked()).as("its own send is no reuse").isFalse();
        }
    }

    @Test
    void endpointFindings_aRetiredEndpointBlocks_aSupersededOneWarns() {
        Set<Endpoint> endpoints = new LinkedHashSet<>(List.of(Endpoints.MASS_SEND, Endpoints.MEDIA_UPLOADNEWS,
                new Endpoint("/cgi-bin/material/add_news", Endpoint.Method.POST, Endpoint.Kind.MEDIA)));

        List<Finding> findings = CampaignLint.endpointFindings(endpoints);

        assertThat(findings).extracting(Finding::field, Finding::severity).containsExactly(
                tuple("/cgi-bin/media/uploadnews", Severity.WARNING), tuple("/cgi-bin/material/add_news", Severity.ERROR));
        assertThat(findings.get(1).message()).contains("/cgi-bin/draft/add");
    }
}
