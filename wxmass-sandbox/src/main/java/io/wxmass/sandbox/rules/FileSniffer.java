package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.PlatformError;

import java.util.Optional;

/**
 * Upload checks by the bytes, not the file name (docs/platform.md §1.2, 2.5): which formats each media type accepts
 * and how large it may be. 40005 {@code invalid file type}, 40006/40009 for size.
 */
public final class FileSniffer {
    public static final int UPLOADIMG_MAX = 1024 * 1024;

    private FileSniffer() {
    }

    /** jpg or png under 1 MB for uploadimg; returns the file extension. */
    public static String inArticleImage(byte[] bytes) {
        String format = format(bytes).filter(f -> f.equals("jpg") || f.equals("png"))
                .orElseThrow(() -> PlatformError.of(40005, "invalid file type"));
        if (bytes.length >= UPLOADIMG_MAX) {
            throw PlatformError.of(40009, "invalid image size");
        }
        return format;
    }

    /** Checks a media/upload or add_material file against its declared type. */
    public static void check(MediaKind kind, byte[] bytes) {
        String format = format(bytes).orElseThrow(() -> PlatformError.of(40005, "invalid file type"));
        boolean ok = switch (kind) {
            case IMAGE -> format.equals("jpg") || format.equals("png") || format.equals("gif") || format.equals("bmp");
            case THUMB -> format.equals("jpg");
            case VOICE -> format.equals("mp3") || format.equals("amr") || format.equals("wav") || format.equals("wma");
            case VIDEO -> format.equals("mp4");
            default -> false;
        };
        if (!ok) {
            throw PlatformError.of(40005, "invalid file type");
        }
        long max = switch (kind) {
            case IMAGE, VIDEO -> 10L * 1024 * 1024;
            case VOICE -> 2L * 1024 * 1024;
            case THUMB -> 64L * 1024;
            default -> 0;
        };
        if (bytes.length > max) {
            throw PlatformError.of(40006, "invalid meida size");
        }
    }

    /** The format named by the file's magic bytes. */
    public static Optional<String> format(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("gif");
        }
        if (starts(b, 'B', 'M')) {
            return Optional.of("bmp");
        }
        if (starts(b, 'I', 'D', '3') || (b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return Optional.of("mp3");
        }
        if (starts(b, '#', '!', 'A', 'M', 'R')) {
            return Optional.of("amr");
        }
        if (starts(b, 'R', 'I', 'F', 'F')) {
            return Optional.of("wav");
        }
        if (starts(b, 0x30, 0x26, 0xB2, 0x75)) {
            return Optional.of("wma");
        }
        if (b.length > 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return Optional.of("mp4");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
