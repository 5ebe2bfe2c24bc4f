package io.wxmass.core.callback.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code CopyrightCheckResult}: only meaningful for mpnews and often empty; a missing or blank section
 * reads as {@link #EMPTY} (docs/platform.md D8).
 *
 * @param count          the {@code Count} element as sent (0 when absent)
 * @param checkStateCode the raw {@code CheckState}, including the undocumented 0; empty when absent
 */
public record CopyrightCheck(int count, OptionalInt checkStateCode, List<CopyrightItem> items) {
    public static final CopyrightCheck EMPTY = new CopyrightCheck(0, OptionalInt.empty(), List.of());

    public CopyrightCheck {
        Objects.requireNonNull(checkStateCode, "checkStateCode");
        items = List.copyOf(items);
    }

    /** The documented reading of {@link #checkStateCode()}; empty for 0 and other undocumented codes. */
    public Optional<CheckState> checkState() {
        return checkStateCode.isPresent() ? CheckState.of(checkStateCode.getAsInt()) : Optional.empty();
    }
}
