package io.wxmass.campaign.console;

import io.wxmass.campaign.auth.Scope;

import java.util.List;
import java.util.Optional;

/**
 * The REST door's routes, asked for the scope of one (method, path under {@code /api/}): the console's pages
 * and buttons mirror those routes, so both doors need the same scope for the same verb from one table.
 */
@FunctionalInterface
public interface ScopeTable {
    /** Empty when the REST API has no such route. */
    Optional<Scope> scopeOf(String method, List<String> apiSegments);
}
