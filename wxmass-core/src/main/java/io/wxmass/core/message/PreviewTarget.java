package io.wxmass.core.message;

import io.wxmass.core.internal.message.Require;

/** The one user a preview goes to: by openid ({@code touser}) or by WeChat id ({@code towxname}, 100/day). */
public sealed interface PreviewTarget {

    static PreviewTarget openId(String openId) {
        return new OpenId(openId);
    }

    static PreviewTarget wxName(String wxName) {
        return new WxName(wxName);
    }

    record OpenId(String openId) implements PreviewTarget {
        public OpenId {
            Require.nonBlank(openId, "touser");
        }
    }

    record WxName(String wxName) implements PreviewTarget {
        public WxName {
            Require.nonBlank(wxName, "towxname");
        }
    }
}
