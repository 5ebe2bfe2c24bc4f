package io.wxmass.core.media;

import io.wxmass.core.error.InvalidRequestException;

/**
 * The uploadimg rule (docs/platform.md §1.2): jpg or png, under 1 MB. The format is read from the file's magic
 * bytes rather than its name, so a renamed GIF is refused here instead of by the platform (40005).
 */
final class UploadImageRule {
    static final int MAX_BYTES_EXCLUSIVE = 1024 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private UploadImageRule() {
    }

    /** @return the content type to upload with: image/jpeg or image/png */
    static String check(byte[] content) {
        if (content.length >= MAX_BYTES_EXCLUSIVE) {
            throw new InvalidRequestException("media",
                    "uploadimg takes images under 1 MB (" + MAX_BYTES_EXCLUSIVE + " bytes), was " + content.length);
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        throw new InvalidRequestException("media", "uploadimg takes jpg or png only (checked by content, not name)");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
