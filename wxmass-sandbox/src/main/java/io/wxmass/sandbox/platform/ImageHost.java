package io.wxmass.sandbox.platform;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-article images from uploadimg (and uploaded pictures by media_id), served back by the sandbox under {@code /mmbiz/<name>}. */
public final class ImageHost {
    /** One stored image. */
    public record Image(String contentType, byte[] bytes) {
        public Image {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    public static final String PATH = "/mmbiz/";
    private final Map<String, Image> images = new ConcurrentHashMap<>();

    /** Stores the image and returns its file name, e.g. {@code AbC...x.png}. */
    public String put(String extension, String contentType, byte[] bytes) {
        String name = Ids.urlSafe(32) + "." + extension;
        images.put(name, new Image(contentType, bytes.clone()));
        return name;
    }

    /** Stores an uploaded picture under its media_id too, so a cover can be shown by {@code thumb_media_id}. */
    public void putAs(String name, String contentType, byte[] bytes) {
        images.put(Objects.requireNonNull(name, "name"), new Image(contentType, bytes.clone()));
    }

    public Optional<Image> get(String name) {
        return Optional.ofNullable(images.get(name));
    }
}
