package io.wxmass.campaign.store;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.AudienceSpec;
import java.nio.file.Path;

/**
 * A campaign's audience as its three columns: {@code audience_kind}, {@code audience_ref} (the tag id, or the
 * openid file's absolute path) and {@code audience_list} (an inline openid list, one a line). The one place that
 * knows the storage form; everything outside the store sees the typed {@link AudienceSpec}.
 */
final class AudienceColumns {
    private AudienceColumns() {
    }

    static String ref(AudienceSpec audience) {
        if (audience instanceof AudienceSpec.OpenIdFile f) {
            return f.file().toAbsolutePath().toString();
        }
        if (audience instanceof AudienceSpec.Tag t) {
            return Long.toString(t.tagId());
        }
        if (audience instanceof AudienceSpec.TagMembers t) {
            return Long.toString(t.tagId());
        }
        return null;
    }

    static String list(AudienceSpec audience) {
        return audience instanceof AudienceSpec.OpenIdList l ? Sql.lines(l.openIds()) : null;
    }

    static AudienceSpec read(String kind, String ref, String list) {
        return switch (AudienceKind.valueOf(kind)) {
            case OPENIDS -> ref != null ? AudienceSpec.openIdFile(Path.of(ref)) : AudienceSpec.openIds(Sql.lines(list));
            case TAG_MEMBERS -> AudienceSpec.tagMembers(Long.parseLong(ref));
            case FOLLOWERS -> AudienceSpec.followers();
            case TAG -> AudienceSpec.tag(Long.parseLong(ref));
            case ALL -> AudienceSpec.all();
        };
    }
}
