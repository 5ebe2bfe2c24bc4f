package io.wxmass.campaign.run;

import io.wxmass.core.WxMass;
import io.wxmass.core.media.Article;
import io.wxmass.core.media.MediaApi;
import java.util.List;
import java.util.Objects;

/** Where a campaign from articles gets its drafts, and where it removes the ones no send used. */
public interface DraftBox {

    /** draft/add: a new media_id for one send. */
    String add(List<Article> articles);

    /** draft/delete: removes a draft that no send used. */
    void delete(String mediaId);

    /** The account's draft box through core's {@code wx.drafts()}. */
    static DraftBox of(WxMass wx) {
        Objects.requireNonNull(wx, "wx");
        return new DraftBox() {
            @Override
            public String add(List<Article> articles) {
                return wx.drafts().add(articles.stream().map(MediaApi::draftArticle).toList());
            }

            @Override
            public void delete(String mediaId) {
                wx.drafts().delete(mediaId);
            }
        };
    }
}
