package io.wxmass.sandbox.admin;

import io.wxmass.sandbox.server.BadRequestException;

/** Reading admin path segments: a bad one is HTTP 400 naming it. */
final class AdminPaths {
    private AdminPaths() {
    }

    static long number(String segment, String field) {
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            throw new BadRequestException(field + ": must be a number");
        }
    }
}
