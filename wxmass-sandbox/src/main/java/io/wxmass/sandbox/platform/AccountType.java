package io.wxmass.sandbox.platform;

/** The two kinds of official account whose mass-send rules differ (docs/platform.md §2.1). */
public enum AccountType {
    /** 公众号 / 订阅号: one successful sendall a day, no /mass/send. */
    SUBSCRIPTION,
    /** 服务号: four history-list sends a month, /mass/send allowed. */
    SERVICE
}
