package io.wxmass.core.media;

/** The media kinds of /cgi-bin/media/upload and add_material, with their wire names. */
public enum MediaType {
    IMAGE("image"),
    VOICE("voice"),
    VIDEO("video"),
    THUMB("thumb");

    private final String wireName;

    MediaType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
