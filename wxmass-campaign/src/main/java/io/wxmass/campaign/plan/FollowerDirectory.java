package io.wxmass.campaign.plan;

import io.wxmass.core.audience.AudienceApi;
import io.wxmass.core.error.InvalidRequestException;
import java.util.Objects;
import java.util.stream.Stream;

/** Where tag-member and all-follower audiences are read from at planning time: lazily, page by page. */
public interface FollowerDirectory {

    Stream<String> followers();

    Stream<String> tagMembers(long tagId);

    /** The platform's user API through core's lazy streams. */
    static FollowerDirectory of(AudienceApi api) {
        Objects.requireNonNull(api, "api");
        return new FollowerDirectory() {
            @Override
            public Stream<String> followers() {
                return api.followers();
            }

            @Override
            public Stream<String> tagMembers(long tagId) {
                return api.tagMembers(tagId);
            }
        };
    }

    /** For planners that only see openid files and sendall audiences. */
    FollowerDirectory NONE = new FollowerDirectory() {
        @Override
        public Stream<String> followers() {
            throw new InvalidRequestException("audience", "resolving followers needs the user API (a configured account)");
        }

        @Override
        public Stream<String> tagMembers(long tagId) {
            throw new InvalidRequestException("audience", "resolving tag members needs the user API (a configured account)");
        }
    };
}
