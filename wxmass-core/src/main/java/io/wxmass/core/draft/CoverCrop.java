package io.wxmass.core.draft;

import java.util.Objects;

/** One entry of an image post's {@code cover_info.crop_percent_list}: how the cover is cut for one ratio. */
public record CoverCrop(Ratio ratio, Crop crop) {
    /** The ratios the platform crops an image post's cover to. */
    public enum Ratio {
        SQUARE("1_1"), WIDE("16_9"), PANORAMA("2.35_1");

        private final String wireName;

        Ratio(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public CoverCrop {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(crop, "crop");
    }
}
