package io.wxmass.core.http;

import io.wxmass.core.http.Endpoint.Kind;
import io.wxmass.core.http.Endpoint.Method;

/** Every platform path wxmass calls, in one place. */
public final class Endpoints {
    public static final Endpoint TOKEN = new Endpoint("/cgi-bin/token", Method.GET, Kind.TOKEN);
    public static final Endpoint STABLE_TOKEN = new Endpoint("/cgi-bin/stable_token", Method.POST, Kind.TOKEN);

    public static final Endpoint MASS_SENDALL = new Endpoint("/cgi-bin/message/mass/sendall", Method.POST, Kind.MASS_SEND);
    public static final Endpoint MASS_SEND = new Endpoint("/cgi-bin/message/mass/send", Method.POST, Kind.MASS_SEND);
    public static final Endpoint MASS_PREVIEW = new Endpoint("/cgi-bin/message/mass/preview", Method.POST, Kind.MASS_PREVIEW);
    public static final Endpoint MASS_DELETE = new Endpoint("/cgi-bin/message/mass/delete", Method.POST, Kind.MASS_OTHER);
    public static final Endpoint MASS_GET = new Endpoint("/cgi-bin/message/mass/get", Method.POST, Kind.MASS_READ);
    public static final Endpoint MASS_SPEED_GET = new Endpoint("/cgi-bin/message/mass/speed/get", Method.POST, Kind.MASS_READ);
    public static final Endpoint MASS_SPEED_SET = new Endpoint("/cgi-bin/message/mass/speed/set", Method.POST, Kind.MASS_OTHER);

    public static final Endpoint MEDIA_UPLOAD = new Endpoint("/cgi-bin/media/upload", Method.POST, Kind.MEDIA);
    public static final Endpoint MEDIA_UPLOADIMG = new Endpoint("/cgi-bin/media/uploadimg", Method.POST, Kind.MEDIA);
    public static final Endpoint MEDIA_UPLOADNEWS = new Endpoint("/cgi-bin/media/uploadnews", Method.POST, Kind.MEDIA);
    public static final Endpoint MEDIA_UPLOADVIDEO = new Endpoint("/cgi-bin/media/uploadvideo", Method.POST, Kind.MEDIA);
    public static final Endpoint MATERIAL_ADD = new Endpoint("/cgi-bin/material/add_material", Method.POST, Kind.MEDIA);
    public static final Endpoint DRAFT_ADD = new Endpoint("/cgi-bin/draft/add", Method.POST, Kind.MEDIA);
    public static final Endpoint DRAFT_GET = new Endpoint("/cgi-bin/draft/get", Method.POST, Kind.MEDIA);
    public static final Endpoint DRAFT_UPDATE = new Endpoint("/cgi-bin/draft/update", Method.POST, Kind.MEDIA);
    public static final Endpoint DRAFT_DELETE = new Endpoint("/cgi-bin/draft/delete", Method.POST, Kind.MEDIA);
    public static final Endpoint DRAFT_BATCHGET = new Endpoint("/cgi-bin/draft/batchget", Method.POST, Kind.MEDIA);
    public static final Endpoint DRAFT_COUNT = new Endpoint("/cgi-bin/draft/count", Method.GET, Kind.MEDIA);

    public static final Endpoint PUBLISH_SUBMIT = new Endpoint("/cgi-bin/freepublish/submit", Method.POST, Kind.PUBLISH);
    public static final Endpoint PUBLISH_GET = new Endpoint("/cgi-bin/freepublish/get", Method.POST, Kind.PUBLISH);
    public static final Endpoint PUBLISH_DELETE = new Endpoint("/cgi-bin/freepublish/delete", Method.POST, Kind.PUBLISH);
    public static final Endpoint PUBLISH_GETARTICLE = new Endpoint("/cgi-bin/freepublish/getarticle", Method.POST, Kind.PUBLISH);
    public static final Endpoint PUBLISH_BATCHGET = new Endpoint("/cgi-bin/freepublish/batchget", Method.POST, Kind.PUBLISH);

    public static final Endpoint USER_GET = new Endpoint("/cgi-bin/user/get", Method.GET, Kind.USER);
    public static final Endpoint TAGS_GET = new Endpoint("/cgi-bin/tags/get", Method.GET, Kind.USER);
    public static final Endpoint USER_TAG_GET = new Endpoint("/cgi-bin/user/tag/get", Method.POST, Kind.USER);
    public static final Endpoint TAGS_GETIDLIST = new Endpoint("/cgi-bin/tags/getidlist", Method.POST, Kind.USER);
    public static final Endpoint TAGS_CREATE = new Endpoint("/cgi-bin/tags/create", Method.POST, Kind.USER_WRITE);
    public static final Endpoint TAGS_UPDATE = new Endpoint("/cgi-bin/tags/update", Method.POST, Kind.USER_WRITE);
    public static final Endpoint TAGS_DELETE = new Endpoint("/cgi-bin/tags/delete", Method.POST, Kind.USER_WRITE);
    public static final Endpoint TAGS_BATCHTAGGING =
            new Endpoint("/cgi-bin/tags/members/batchtagging", Method.POST, Kind.USER_WRITE);
    public static final Endpoint TAGS_BATCHUNTAGGING =
            new Endpoint("/cgi-bin/tags/members/batchuntagging", Method.POST, Kind.USER_WRITE);

    public static final Endpoint QUOTA_GET = new Endpoint("/cgi-bin/openapi/quota/get", Method.POST, Kind.ADMIN);
    public static final Endpoint RID_GET = new Endpoint("/cgi-bin/openapi/rid/get", Method.POST, Kind.ADMIN);
    public static final Endpoint CLEAR_QUOTA = new Endpoint("/cgi-bin/clear_quota", Method.POST, Kind.ADMIN);
    /** The AppSecret in the body instead of a token: the way out when the token's own quota is spent. */
    public static final Endpoint CLEAR_QUOTA_V2 = new Endpoint("/cgi-bin/clear_quota/v2", Method.POST, Kind.TOKEN);
    public static final Endpoint QUOTA_CLEAR = new Endpoint("/cgi-bin/openapi/quota/clear", Method.POST, Kind.ADMIN);

    private Endpoints() {
    }
}
