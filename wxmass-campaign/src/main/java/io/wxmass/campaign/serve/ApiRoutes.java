package io.wxmass.campaign.serve;

import io.wxmass.campaign.auth.Scope;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A family of REST routes under {@code /api}. {@link ApiHandler} authenticates the caller, finds the route
 * and checks its scope before the route runs, so a route only does its work.
 */
interface ApiRoutes {

    /** The routes of this path by HTTP method; empty when the path is not one of this family's. */
    Map<String, Route> routes(List<String> segments);

    /** The work of a route; failures are exceptions, mapped to statuses by {@link ApiError#of}. */
    @FunctionalInterface
    interface Action {
        Reply run(ApiCall call) throws InterruptedException;
    }

    /** A route: the scope its caller needs, and what it does. */
    record Route(Scope scope, Action action) {
        public Route {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(action, "action");
        }
    }
}
