package io.wxmass.campaign;

import io.wxmass.core.error.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How an openid audience reaches its followers (docs/platform.md D19). List batches cost one send each
 * (10,000 openids a send); a temporary tag costs one send for any size, plus 50 openids a batchtagging call.
 */
public enum DeliveryStrategy {
    /** The planner picks: a tag when the list batches would not fit in a day's sends (or cannot share one draft). */
    AUTO,
    /** /mass/send batches of at most 10,000 openids. */
    LIST,
    /** One sendall to a temporary tag holding the whole list, deleted after the job. */
    TAG;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code auto}, {@code list} or {@code tag}, any case; a clear error naming {@code field} otherwise. */
    public static DeliveryStrategy parse(String value, String field) {
        return Arrays.stream(values()).filter(s -> s.wireName().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "must be auto, list or tag, was '" + value + "'"));
    }
}
