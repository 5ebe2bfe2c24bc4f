package io.wxmass.campaign.console;

import java.util.HashMap;
import java.util.Map;

/** Every piece of UI text in Chinese and English, in one place. */
final class UiText {
    private static final Map<String, String[]> TEXT = new HashMap<>();

    static {
        e("title", "wxmass 群发控制台", "wxmass campaign console");
        e("campaigns", "群发活动", "Campaigns");
        e("new", "新建活动", "New campaign");
        e("login", "登录", "Log in");
        e("logout", "退出", "Log out");
        e("login.hint", "用 API 密钥登录（wxmass keys create）。密钥的权限决定可用的操作。",
                "Log in with an API key (wxmass keys create). The key's scopes decide what you may do.");
        e("login.key", "API 密钥", "API key");
        e("login.wrong", "密钥无效或已吊销。", "The key is unknown or revoked.");
        e("signed.in", "已登录", "Signed in as");
        e("scopes", "权限", "scopes");
        e("name", "名称", "Name");
        e("state", "状态", "State");
        e("audience", "受众", "Audience");
        e("progress", "进度", "Progress");
        e("eta", "预计完成", "ETA");
        e("created", "创建时间", "Created");
        e("none", "无", "none");
        e("empty", "还没有群发活动。", "No campaigns yet.");
        e("events", "收到的事件", "Events received");
        e("events.none", "还没有收到事件。", "No events yet.");
        e("received", "收到时间", "Received");
        e("event", "事件", "Event");
        e("counts", "总数 / 过滤后 / 成功 / 失败", "total / filtered / sent / errors");
        e("quota", "今日剩余额度", "Quota left today");
        e("quota.of", "群发调用（sendall+send）剩余", "sendall+send calls left of");
        e("quota.source.platform", "来自 quota/get", "from quota/get");
        e("quota.source.ledger", "来自本地账本", "from the store's ledger");
        e("message", "消息（粉丝看到的样子）", "Message (as a follower sees it)");
        e("approval", "审批", "Approval");
        e("created.by", "创建人", "Created by");
        e("approved.by", "审批人", "Approved by");
        e("not.approved", "尚未审批", "not approved yet");
        e("previewed", "已预览", "Previewed");
        e("not.previewed", "尚未预览", "not previewed");
        e("rules", "规则", "Rules");
        e("four.eyes", "四眼原则：审批人不得是创建人", "four-eyes: the approver is not the creator");
        e("require.preview", "审批前须预览", "approval waits for a preview");
        e("actions", "操作", "Actions");
        e("act.preview", "预览", "Preview");
        e("act.approve", "审批", "Approve");
        e("act.send", "发送", "Send");
        e("act.pause", "暂停", "Pause");
        e("act.resume", "继续", "Resume");
        e("act.cancel", "取消", "Cancel");
        e("act.retract", "撤回", "Retract");
        e("act.retry", "重试失败批次", "Retry failed batches");
        e("act.resolve.sent", "判定为已发送", "Settle as sent");
        e("act.resolve.notsent", "判定为未发送", "Settle as not sent");
        e("act.export", "导出 CSV", "Export CSV");
        e("act.create", "创建", "Create");
        e("retract.warning", "撤回会删除已发送的图文：该素材的文章页对所有发送都会失效，无法恢复。",
                "Retracting deletes the sent articles: the article page dies for every send of that material, for good.");
        e("retract.confirm", "我明白文章页将对所有人失效", "I understand the article page dies for everyone");
        e("batches", "批次", "Batches");
        e("batch", "批次", "Batch");
        e("recipients", "人数", "Recipients");
        e("msgid", "msg_id", "msg_id");
        e("errcode", "错误码", "errcode");
        e("attempts", "尝试次数", "Attempts");
        e("not.before", "不早于", "Not before");
        e("schedule", "按日配额排期", "Schedule by day (quota)");
        e("day", "日期（北京时间）", "Day (China time)");
        e("days.needed", "所需天数", "Days needed");
        e("copyright", "原创校验", "Copyright verdicts");
        e("article.urls", "文章链接", "Article URLs");
        e("audit", "操作记录", "Audit log");
        e("when", "时间", "When");
        e("who", "谁", "Who");
        e("what", "做了什么", "What");
        e("detail", "详情", "Detail");
        e("form.type", "消息类型", "Message type");
        e("type.text", "文本", "Text");
        e("type.mpnews", "图文（素材 media_id）", "Article (media_id)");
        e("type.articles", "图文（每批新建草稿）", "Article (a fresh draft per batch)");
        e("type.images", "图片", "Images");
        e("type.voice", "语音", "Voice");
        e("type.mpvideo", "视频", "Video");
        e("type.wxcard", "卡券", "Card");
        e("form.content", "文本内容", "Text");
        e("form.mediaId", "media_id", "media_id");
        e("form.mediaIds", "图片 media_id（逗号分隔）", "Image media_ids (comma-separated)");
        e("form.video.title", "视频标题", "Video title");
        e("form.video.description", "视频描述", "Video description");
        e("form.cardId", "卡券 card_id", "card_id");
        e("form.article.title", "文章标题", "Article title");
        e("form.article.thumb", "封面 thumb_media_id", "Cover thumb_media_id");
        e("form.article.digest", "摘要", "Digest");
        e("form.article.content", "正文（HTML）", "Content (HTML)");
        e("form.audience", "受众类型", "Audience");
        e("aud.all", "全部粉丝（sendall，计入历史额度）", "All followers (sendall, uses the history quota)");
        e("aud.tag", "标签（sendall）", "A tag (sendall)");
        e("aud.tagMembers", "标签成员（按 openid 分批）", "Tag members (by openid)");
        e("aud.followers", "全部粉丝（按 openid 分批）", "Every follower (by openid)");
        e("aud.openids", "openid 列表", "An openid list");
        e("form.tagId", "标签 ID", "Tag id");
        e("form.openIds", "openid（每行一个）", "openids (one a line)");
        e("form.openidFile", "或上传 openid 文件（每行一个）", "or upload an openid file (one a line)");
        e("form.preview", "预览接收人 openid（逗号分隔，最多 20）", "Preview recipients (openids, comma-separated, at most 20)");
        e("form.schedule", "定时发送（北京时间，可不填）", "Schedule (China time, optional)");
        e("form.strategy", "投递策略（openid 受众）", "Delivery strategy (openid audiences)");
        e("form.requirePreview", "审批前必须先预览", "Approval waits for a preview");
        e("form.fourEyes", "四眼原则（由另一把密钥审批）", "Four-eyes (another key approves)");
        e("form.ignoreReprint", "转载时继续群发", "Continue when judged a reprint");
        e("changed", "已完成", "Done");
        e("preview.sent", "预览已发送给 {0} 人", "preview sent to {0}");
        e("approved", "已审批，冻结为 {0} 个批次", "approved: {0} batches frozen");
        e("sending", "已交给发送器", "handed to the sender");
        e("retracted", "已取消 {0} 个批次，删除 {1} 个任务", "{0} batches cancelled, {1} jobs deleted");
        e("requeued", "重新排队 {0} 个批次", "{0} batches requeued");
        e("resolved", "批次已判定", "batch settled");
        e("created.ok", "活动已创建", "campaign created");
        e("lang.switch", "English", "中文");
        e("live", "实时更新", "live");
        e("csrf", "表单已过期或缺少 CSRF 令牌。", "The form is stale or lacks its CSRF token.");
        e("forbidden", "此密钥没有“{0}”权限。", "This key lacks the '{0}' scope.");
        e("back", "返回", "Back");
        e("preview.mark", "预览", "Preview");
        e("article", "图文消息", "Article");
        e("voice", "语音", "Voice");
        e("video", "视频", "Video");
        e("card", "卡券", "Card");
        e("image", "图片", "Image");
    }

    private UiText() {
    }

    private static void e(String key, String zh, String en) {
        TEXT.put(key, new String[] {zh, en});
    }

    static String get(Lang lang, String key, Object... args) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no UI text " + key);
        }
        String s = t[lang == Lang.ZH ? 0 : 1];
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
