package io.wxmass.core.draft;

import io.wxmass.core.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A crop rectangle in normalised coordinates: (0,0) is the top-left corner of the image, (1,1) the
 * bottom-right; the platform takes at most 6 decimals (docs/platform.md §7.2). Checked when built, so a
 * crop that exists is one the platform accepts.
 */
public record Crop(BigDecimal x1, BigDecimal y1, BigDecimal x2, BigDecimal y2) {
    static final int MAX_DECIMALS = 6;

    public Crop {
        check(x1, "x1");
        check(y1, "y1");
        check(x2, "x2");
        check(y2, "y2");
        if (x1.compareTo(x2) >= 0 || y1.compareTo(y2) >= 0) {
            throw new InvalidRequestException("crop", "needs x1 < x2 and y1 < y2, got " + wire(x1, y1, x2, y2, "_"));
        }
    }

    /** From doubles, rounded to the 6 decimals the platform keeps. */
    public static Crop of(double x1, double y1, double x2, double y2) {
        return new Crop(decimal(x1), decimal(y1), decimal(x2), decimal(y2));
    }

    /** Reads the {@code X1_Y1_X2_Y2} form of {@code pic_crop_235_1} and {@code pic_crop_1_1}. */
    public static Crop parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("_", -1);
        if (parts.length != 4) {
            throw new InvalidRequestException("crop", "must be X1_Y1_X2_Y2, got " + text);
        }
        try {
            return new Crop(new BigDecimal(parts[0]), new BigDecimal(parts[1]),
                    new BigDecimal(parts[2]), new BigDecimal(parts[3]));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("crop", "must be four numbers X1_Y1_X2_Y2, got " + text);
        }
    }

    /** The {@code X1_Y1_X2_Y2} form, e.g. {@code 0.1945_0_1_0.5236}. */
    public String wire() {
        return wire(x1, y1, x2, y2, "_");
    }

    private static String wire(BigDecimal x1, BigDecimal y1, BigDecimal x2, BigDecimal y2, String separator) {
        return plain(x1) + separator + plain(y1) + separator + plain(x2) + separator + plain(y2);
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidRequestException("crop", "coordinates must be numbers within 0..1, got " + value);
        }
        return BigDecimal.valueOf(value).setScale(MAX_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static void check(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidRequestException("crop." + name, "must be within 0..1, got " + plain(value));
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidRequestException("crop." + name, "at most " + MAX_DECIMALS + " decimals, got " + plain(value));
        }
    }
}
