package io.wxmass.core.media;

import java.util.Objects;
import java.util.Optional;

/** A permanent material from add_material; images also get a URL. */
public record Material(String mediaId, Optional<String> url) {
    public Material {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(url, "url");
    }
}
