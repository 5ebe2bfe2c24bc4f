package io.wxmass.sandbox.server;

/** Answers one request; throws {@link io.wxmass.sandbox.platform.PlatformError} for platform errors. */
@FunctionalInterface
public interface Route {
    PlatformResponse handle(PlatformRequest request) throws Exception;
}
