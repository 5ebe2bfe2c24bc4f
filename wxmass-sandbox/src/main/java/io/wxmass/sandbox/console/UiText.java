package io.wxmass.sandbox.console;

import java.util.HashMap;
import java.util.Map;

/** Every piece of UI text in Chinese and English, in one place. */
final class UiText {
    private static final Map<String, String[]> TEXT = new HashMap<>();

    static {
        e("title", "wxmass 沙箱控制台", "wxmass sandbox console");
        e("accounts", "公众号", "Accounts");
        e("faults", "故障与时钟", "Faults & clock");
        e("login", "登录", "Log in");
        e("logout", "退出", "Log out");
        e("login.hint", "此沙箱设置了管理令牌（--admin-token）。", "This sandbox has an admin token (--admin-token).");
        e("login.token", "管理令牌", "Admin token");
        e("login.wrong", "令牌不正确。", "Wrong token.");
        e("appid", "AppID", "AppID");
        e("type", "类型", "Type");
        e("followers", "粉丝", "Followers");
        e("rate", "本分钟请求（上限 60）", "This minute (limit 60)");
        e("daily", "今日群发调用", "Mass calls today");
        e("history", "群发次数额度", "History quota");
        e("history.service", "本月群发给全部粉丝", "to-all sends this month");
        e("history.subscription", "今日群发", "sends today");
        e("tokens", "令牌获取次数", "Token fetches");
        e("verified", "已认证", "verified");
        e("search", "搜索粉丝", "Search followers");
        e("search.placeholder", "openid 或微信号", "openid or WeChat name");
        e("search.go", "搜索", "Search");
        e("month", "本月已收", "This month");
        e("inbox", "收件箱", "Inbox");
        e("inbox.empty", "还没有消息。", "No messages yet.");
        e("preview", "预览", "Preview");
        e("jobs", "群发任务", "Jobs");
        e("job", "任务", "Job");
        e("status", "状态", "Status");
        e("progress", "进度", "Progress");
        e("created", "创建时间", "Created");
        e("finished", "完成时间", "Finished");
        e("pushes", "事件推送", "Push attempts");
        e("pushes.none", "没有推送。", "No pushes.");
        e("attempt", "次数", "Attempt");
        e("outcome", "结果", "Outcome");
        e("reply", "回复", "Reply");
        e("sealed", "加密后（实际发送）", "Sealed (as posted)");
        e("decrypted", "解密后的 XML", "Decrypted XML");
        e("drafts", "草稿箱", "Drafts");
        e("publishes", "发布记录", "Publishes");
        e("none", "无", "none");
        e("articles", "文章", "Articles");
        e("voice", "语音", "Voice");
        e("video", "视频", "Video");
        e("card", "卡券", "Card");
        e("image", "图片", "Image");
        e("read.more", "阅读原文", "Read more");
        e("miniprogram", "小程序", "Mini Program");
        e("back", "返回", "Back");
        e("faults.rules", "故障规则", "Fault rules");
        e("faults.none", "没有故障规则。", "No fault rules.");
        e("faults.add", "添加规则", "Add rule");
        e("faults.reset", "清除全部规则", "Clear all rules");
        e("faults.path", "接口路径", "Endpoint path");
        e("faults.kind", "故障类型", "Fault kind");
        e("faults.share", "比例（0–1）", "Share (0–1)");
        e("faults.millis", "延迟（毫秒）", "Delay (ms)");
        e("faults.seed", "随机种子", "Seed");
        e("clock", "沙箱时钟", "Sandbox clock");
        e("clock.now", "当前时间（北京时间）", "Now (China time)");
        e("clock.offset", "偏移", "Offset");
        e("clock.advance", "拨快时钟", "Move the clock on");
        e("clock.seconds", "秒数", "Seconds");
        e("changed", "已更改", "Changed");
        e("lang.switch", "English", "中文");
        e("live", "实时更新", "live");
        e("csrf", "表单已过期或缺少 CSRF 令牌。", "The form is stale or lacks its CSRF token.");
    }

    private UiText() {
    }

    private static void e(String key, String zh, String en) {
        TEXT.put(key, new String[] {zh, en});
    }

    static String get(Lang lang, String key) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no UI text " + key);
        }
        return t[lang == Lang.ZH ? 0 : 1];
    }
}
