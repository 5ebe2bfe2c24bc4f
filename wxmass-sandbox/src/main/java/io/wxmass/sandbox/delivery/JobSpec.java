package io.wxmass.sandbox.delivery;

import io.wxmass.sandbox.platform.Followers;
import java.util.Objects;

/**
 * Everything a job needs, decided by the rules before delivery starts.
 *
 * @param articleCount mpnews: number of articles (for ArticleUrlResult), else 0
 * @param speed        the account's mass speed level 0..4 (docs/platform.md §1.10), ignored when {@code instant}
 * @param callback     where to push MASSSENDJOBFINISH; null for no push
 */
public record JobSpec(long msgId, String appId, Followers followers, Recipients recipients, String msgType,
                      boolean isToAll, int articleCount, int speed, boolean instant, Verdict verdict,
                      CallbackTarget callback) {
    public JobSpec {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(followers, "followers");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(verdict, "verdict");
        if (articleCount < 0) {
            throw new IllegalArgumentException("articleCount must not be negative");
        }
        Speed.perMinute(speed);
    }
}
