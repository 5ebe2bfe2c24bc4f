package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import io.wxmass.sandbox.admin.SandboxAdmin;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.push.PushAttempt;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.server.PlatformResponse;

import java.util.List;

/** One mass job: its progress and every push attempt, the sealed body beside the decrypted XML. */
final class JobPage {
    private final SandboxAdmin admin;

    JobPage(SandboxAdmin admin) {
        this.admin = admin;
    }

    PlatformResponse render(Ctx c, String appId, String msgIdText, long version) {
        long msgId;
        try {
            msgId = Long.parseLong(msgIdText);
        } catch (NumberFormatException e) {
            throw new BadRequestException("msg_id: must be a number");
        }
        MassJob j = admin.job(admin.account(appId).appId(), msgId)
                .orElseThrow(() -> new BadRequestException("msg_id: no job " + msgId + " on " + appId));
        StringBuilder h = new StringBuilder("<p><a href=\"/console/accounts/").append(Html.esc(Html.url(appId)))
                .append("\">← ").append(Html.esc(appId)).append("</a></p><h1>").append(Html.esc(c.t("job"))).append(' ')
                .append(msgId).append("</h1><dl class=\"counters\" id=\"job\"><dt>").append(Html.esc(c.t("status")))
                .append("</dt><dd class=\"status\">").append(Html.esc(j.status().name())).append("</dd><dt>")
                .append(Html.esc(c.t("type"))).append("</dt><dd>").append(Html.esc(j.msgType())).append(j.isToAll() ? " · all" : "")
                .append("</dd><dt>").append(Html.esc(c.t("progress"))).append("</dt><dd>");
        AccountPages.progress(h, j);
        h.append("</dd><dt>").append(Html.esc(c.t("created"))).append("</dt><dd>").append(Html.esc(j.createdAt()))
                .append("</dd><dt>").append(Html.esc(c.t("finished"))).append("</dt><dd>")
                .append(j.finishedAt() == null ? "—" : Html.esc(j.finishedAt())).append("</dd></dl>");
        for (String url : j.articleUrls()) {
            h.append("<p><code>").append(Html.esc(url)).append("</code></p>");
        }
        h.append("<h2>").append(Html.esc(c.t("pushes"))).append("</h2>");
        List<PushAttempt> attempts = admin.pushAttempts(appId).stream().filter(p -> p.msgId() == msgId).toList();
        if (attempts.isEmpty()) {
            h.append("<p>").append(Html.esc(c.t("pushes.none"))).append("</p>");
        }
        for (PushAttempt p : attempts) {
            h.append("<section class=\"push\" data-attempt=\"").append(p.attempt()).append("\"><h3>")
                    .append(Html.esc(c.t("attempt"))).append(' ').append(p.attempt()).append(" · <span class=\"outcome\">")
                    .append(Html.esc(p.outcome())).append("</span> · HTTP ").append(p.httpStatus() < 0 ? "—" : p.httpStatus())
                    .append(" · <time>").append(Html.esc(p.at())).append("</time></h3><p><code>").append(Html.esc(p.url()))
                    .append("</code></p><p>").append(Html.esc(c.t("reply"))).append(": <code class=\"reply\">")
                    .append(Html.esc(p.replyBody())).append("</code></p><div class=\"pair\"><figure><figcaption>")
                    .append(Html.esc(c.t("sealed"))).append("</figcaption><pre class=\"sealed\" tabindex=\"0\">")
                    .append(Html.esc(p.sealedBody())).append("</pre></figure><figure><figcaption>")
                    .append(Html.esc(c.t("decrypted"))).append("</figcaption><pre class=\"decrypted\" tabindex=\"0\">")
                    .append(Html.esc(p.plainXml())).append("</pre></figure></div></section>");
        }
        return Page.render(c, 200, c.t("job") + " " + msgId, h.toString(), version);
    }
}
