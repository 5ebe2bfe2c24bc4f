package io.wxmass.campaign.run;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wxmass.core.WxMass;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.media.Article;
import java.util.List;
import java.util.Objects;

/** Where a campaign from articles gets its drafts, and where it removes the ones no send used. */
public interface DraftBox {

    /** draft/add: a new media_id for one send. */
    String add(List<Article> articles);

    /** draft/delete: removes a draft that no send used. */
    void delete(String mediaId);

    /** The account's draft box through core. */
    static DraftBox of(WxMass wx) {
        Objects.requireNonNull(wx, "wx");
        return new DraftBox() {
            @Override
            public String add(List<Article> articles) {
                return wx.media().addDraft(articles);
            }

            @Override
            public void delete(String mediaId) {
                wx.transport().execute(ApiRequest.post(Endpoints.DRAFT_DELETE,
                        RequestBody.json(JsonNodeFactory.instance.objectNode().put("media_id", mediaId))));
            }
        };
    }
}
