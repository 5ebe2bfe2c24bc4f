package io.wxmass.cli.command.doctor;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.mass.Speed;
import io.wxmass.core.publish.PublishedPage;
import io.wxmass.core.quota.ApiQuota;
import io.wxmass.core.token.AccessToken;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account's checks, each from what an API answers; none sends, publishes or spends a mass-send quota.
 * Verification shows in whether the mass-send read (speed/get) and the publishing read (freepublish/batchget)
 * are permitted: unverified accounts get 48001 from both. The account type (service or subscription) is not
 * readable from any free API, so doctor says so rather than guess.
 */
final class AccountChecks {
    /** The endpoints whose quota a mass-mailing operator spends, as quota/get names them. */
    static final Map<String, String> QUOTAS = Map.of(
            "sendall", Endpoints.MASS_SENDALL.path(),
            "send", Endpoints.MASS_SEND.path(),
            "preview", Endpoints.MASS_PREVIEW.path(),
            "draft/add", Endpoints.DRAFT_ADD.path());
    private static final List<String> QUOTA_ORDER = List.of("sendall", "send", "preview", "draft/add");
    /** quota/get's answer for a path it does not report on. */
    private static final int CGI_PATH_NOT_FOUND = 76021;

    private final WxMass wx;
    private final Clock clock;

    AccountChecks(WxMass wx, Clock clock) {
        this.wx = wx;
        this.clock = clock;
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        Check token = token();
        checks.add(token);
        if (!token.ok()) {
            checks.add(Check.fail("other checks", "skipped: every other check needs an access token", "fix the token first"));
            return checks;
        }
        Optional<Speed> speed = Optional.empty();
        WxMassException massRefusal = null;
        try {
            speed = Optional.of(wx.mass().speed());
        } catch (WxMassException e) {
            massRefusal = e;
        }
        WxMassException publishRefusal = null;
        int published = 0;
        try {
            PublishedPage page = wx.publishing().list(0, 1, true);
            published = page.totalCount();
        } catch (WxMassException e) {
            publishRefusal = e;
        }
        checks.add(account(massRefusal, publishRefusal));
        checks.add(massRefusal == null ? Check.pass("mass send", "permitted (message/mass/speed/get answered)")
                : Check.fail("mass send", describe(massRefusal), fixFor(massRefusal, "mass send")));
        checks.add(publishRefusal == null
                ? Check.pass("publishing", "permitted (freepublish/batchget answered: " + published + " published)")
                : Check.fail("publishing", describe(publishRefusal), fixFor(publishRefusal, "publishing")));
        checks.add(speed.map(s -> Check.pass("speed", "level " + s.level() + ": " + s.realSpeed() + " 万 messages a minute"))
                .orElseGet(() -> Check.fail("speed", "not readable: mass send is not permitted", "see the mass send line")));
        for (String name : QUOTA_ORDER) {
            checks.add(quota(name, QUOTAS.get(name)));
        }
        return checks;
    }

    private Check token() {
        try {
            AccessToken token = wx.tokens().current();
            long seconds = Math.max(0, Duration.between(clock.instant(), token.expiresAt()).getSeconds());
            return Check.pass("token", "stable_token issued a token, valid for " + seconds + " s");
        } catch (WxMassException e) {
            return Check.fail("token", describe(e), fixFor(e, "token"));
        }
    }

    private static Check account(WxMassException massRefusal, WxMassException publishRefusal) {
        String type = "the type (service or subscription) is not reported by any read API; /mass/send to openid "
                + "lists works for service accounts only";
        if (massRefusal == null) {
            return Check.pass("account", "verified: the mass-send APIs answer; " + type);
        }
        if (unauthorized(massRefusal)) {
            boolean both = publishRefusal != null && unauthorized(publishRefusal);
            return Check.fail("account", "not verified: mass send" + (both ? " and publishing" : "")
                    + " refused with 48001 api unauthorized", "verify the account (微信认证) on the MP console; "
                    + "drafts work without it, mass send and publishing do not");
        }
        return Check.fail("account", "unknown: " + describe(massRefusal), fixFor(massRefusal, "account"));
    }

    private Check quota(String name, String path) {
        String check = "quota " + name;
        try {
            ApiQuota quota = wx.quota().get(path);
            String detail = quota.remain() + " of " + quota.dailyLimit() + " left today (" + quota.used() + " used)";
            return quota.exhausted()
                    ? Check.fail(check, detail, "wait for the next quota day (00:00 China time) or reset it on the console "
                            + "or with clear_quota (10 a month; wxmass never calls it for you)")
                    : Check.pass(check, detail);
        } catch (WeChatApiException e) {
            if (e.errcode() == CGI_PATH_NOT_FOUND) {
                return Check.pass(check, "the platform reports no daily quota for " + path + " (76021)");
            }
            return Check.fail(check, describe(e), fixFor(e, check));
        } catch (WxMassException e) {
            return Check.fail(check, describe(e), fixFor(e, check));
        }
    }

    private static boolean unauthorized(WxMassException e) {
        return e instanceof WeChatApiException api && api.errcode() == ErrorCodes.API_UNAUTHORIZED;
    }

    private static String describe(WxMassException e) {
        if (e instanceof WeChatApiException api) {
            return "errcode " + api.errcode() + " " + api.errmsg();
        }
        if (e instanceof TransportException) {
            return "no readable answer from the platform";
        }
        return e.getMessage();
    }

    private static String fixFor(WxMassException e, String what) {
        if (e instanceof TransportException) {
            return "check --base-url and the network";
        }
        if (!(e instanceof WeChatApiException api)) {
            return "see the message";
        }
        return switch (api.errcode()) {
            case 40001, 40125 -> "check the app secret (--app-secret, WXMASS_APP_SECRET); reset it on the developer platform if unsure";
            case 40013 -> "check the app id (--app-id, WXMASS_APP_ID)";
            case 40164 -> "add this machine's IP to the API IP whitelist on the developer platform";
            case 40243 -> "the AppSecret is frozen: unfreeze or reset it on the developer platform";
            case 48001 -> what.equals("publishing")
                    ? "only verified accounts may publish (freepublish); drafts and mass sends do not need it"
                    : "only verified accounts may mass-send: verify the account (微信认证)";
            case 45009, 45011 -> "this API's quota is used up for now: wait, or check with wxmass quota";
            default -> "look the errcode up in docs/platform.md §3";
        };
    }
}
