package io.wxmass.console;

import java.util.HashMap;
import java.util.Map;

/**
 * A console's words in Chinese and English, one entry per key; {@code {0}}, {@code {1}} take arguments.
 * The entries both consoles use (the language switch, the live mark, the CSRF refusal) are in every table.
 */
public final class UiText {
    private final Map<String, String[]> text;

    private UiText(Map<String, String[]> text) {
        this.text = Map.copyOf(text);
    }

    public static Builder builder() {
        return new Builder()
                .e("lang.switch", "English", "中文")
                .e("live", "实时更新", "live")
                .e("csrf", "表单已过期或缺少 CSRF 令牌。", "The form is stale or lacks its CSRF token.");
    }

    public String get(Lang lang, String key, Object... args) {
        String[] t = text.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no UI text " + key);
        }
        String s = t[lang == Lang.ZH ? 0 : 1];
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    public static final class Builder {
        private final Map<String, String[]> text = new HashMap<>();

        private Builder() {
        }

        /** One entry; a key given twice is a mistake in the table. */
        public Builder e(String key, String zh, String en) {
            if (text.putIfAbsent(key, new String[] {zh, en}) != null) {
                throw new IllegalArgumentException("UI text " + key + " given twice");
            }
            return this;
        }

        public UiText build() {
            return new UiText(text);
        }
    }
}
