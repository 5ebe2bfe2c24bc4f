package io.wxmass.sandbox.compat;

import io.wxmass.sandbox.embed.Sandbox;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/** Unmodified WxJava services pointed at a sandbox through WxJava's own host setting. */
final class WxJavaClients {
    private WxJavaClients() {
    }

    /** The default account's configuration; token and AES key as given (null for none). */
    static WxMpDefaultConfigImpl config(Sandbox sandbox, boolean stableToken, String token, String aesKey) {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(sandbox.appId());
        config.setSecret(sandbox.appSecret());
        config.setUseStableAccessToken(stableToken);
        config.setToken(token);
        config.setAesKey(aesKey);
        WxMpHostConfig host = new WxMpHostConfig();
        host.setApiHost(sandbox.baseUrl());
        host.setMpHost(sandbox.baseUrl());
        host.setOpenHost(sandbox.baseUrl());
        config.setHostConfig(host);
        return config;
    }

    static WxMpService service(WxMpDefaultConfigImpl config) {
        WxMpService service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        return service;
    }
}
