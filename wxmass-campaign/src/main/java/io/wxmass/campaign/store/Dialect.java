package io.wxmass.campaign.store;

import io.wxmass.core.error.InvalidRequestException;
import java.util.Objects;

/** The two engines the store runs on; the schema is shared, only claiming and connection setup differ. */
public enum Dialect {
    SQLITE,
    POSTGRES;

    /** Reads the engine from a JDBC URL: {@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}. */
    public static Dialect fromUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new InvalidRequestException("db.url", "must start with jdbc:sqlite: or jdbc:postgresql:");
    }
}
