package io.wxmass.core.quota;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.token.Credentials;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The account's API quotas (docs/platform.md §10.1): what an API may still be called today
 * ({@code openapi/quota/get}), what the platform recorded about a request id ({@code openapi/rid/get}),
 * and the operator's resets: every daily counter ({@code clear_quota} or, without a token,
 * {@code clear_quota/v2}: 10 a month between them) or one API's ({@code openapi/quota/clear}, 50 a month).
 *
 * <p>Nothing in wxmass calls a reset by itself: each spends a monthly allowance that belongs to whoever runs
 * the account.
 */
public final class QuotaApi {
    /** Resets of every counter an account may make a calendar month: clear_quota, clear_quota/v2, the web console. */
    public static final int CLEARS_PER_MONTH = 10;
    /** openapi/quota/clear calls (one API each) an account may make a calendar month. */
    public static final int API_CLEARS_PER_MONTH = 50;
    /** A path only: leading '/', no host, no query (the platform answers 76003 or 76021 otherwise). */
    private static final Pattern CGI_PATH = Pattern.compile("/[A-Za-z0-9_./-]+");
    private static final Pattern RID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    private final ApiTransport transport;
    private final Credentials credentials;

    public QuotaApi(ApiTransport transport, Credentials credentials) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** Today's quota of the API at {@code cgiPath}, e.g. {@code /cgi-bin/message/mass/sendall}. */
    public ApiQuota get(String cgiPath) {
        JsonNode answer = post(Endpoints.QUOTA_GET, RequestBody.json(QuotaJson.cgiPathRequest(requireCgiPath(cgiPath))));
        return QuotaJson.quota(answer, Endpoints.QUOTA_GET.path(), cgiPath);
    }

    /** Today's quota of one of the endpoints this SDK calls. */
    public ApiQuota get(Endpoint endpoint) {
        return get(Objects.requireNonNull(endpoint, "endpoint").path());
    }

    /** The platform's record of a request, by the rid at the end of an errmsg; kept 7 days. */
    public RequestRecord rid(String rid) {
        Objects.requireNonNull(rid, "rid");
        if (!RID.matcher(rid).matches()) {
            throw new InvalidRequestException("rid", "letters, digits and '-' as at the end of an errmsg, was " + rid);
        }
        JsonNode answer = post(Endpoints.RID_GET, RequestBody.json(QuotaJson.ridRequest(rid)));
        return QuotaJson.request(answer, Endpoints.RID_GET.path());
    }

    /**
     * Resets every daily API counter of this account. Operator action only: 10 a month, shared with
     * the web console's reset; the 11th answers 48006.
     */
    public void clearQuota() {
        post(Endpoints.CLEAR_QUOTA, RequestBody.json(QuotaJson.clearRequest(credentials.appId())));
    }

    /**
     * {@link #clearQuota()} with the AppSecret instead of an access_token ({@code clear_quota/v2}): the way out
     * when the token endpoint's own daily quota is spent. Counts against the same 10 a month.
     */
    public void clearQuotaWithSecret() {
        post(Endpoints.CLEAR_QUOTA_V2, RequestBody.json(QuotaJson.clearWithSecretRequest(credentials)));
    }

    /** Resets one API's daily counter ({@code openapi/quota/clear}); 50 a month, separate from clear_quota's 10. */
    public void clearApiQuota(String cgiPath) {
        post(Endpoints.QUOTA_CLEAR, RequestBody.json(QuotaJson.cgiPathRequest(requireCgiPath(cgiPath))));
    }

    /** {@link #clearApiQuota(String)} for one of the endpoints this SDK calls. */
    public void clearApiQuota(Endpoint endpoint) {
        clearApiQuota(Objects.requireNonNull(endpoint, "endpoint").path());
    }

    private static String requireCgiPath(String cgiPath) {
        Objects.requireNonNull(cgiPath, "cgiPath");
        if (!CGI_PATH.matcher(cgiPath).matches() || cgiPath.contains("//")) {
            throw new InvalidRequestException("cgi_path",
                    "an API path starting with '/', without host or query, e.g. /cgi-bin/message/mass/sendall; was " + cgiPath);
        }
        return cgiPath;
    }

    private JsonNode post(Endpoint endpoint, RequestBody body) {
        return transport.execute(ApiRequest.post(endpoint, body));
    }
}
