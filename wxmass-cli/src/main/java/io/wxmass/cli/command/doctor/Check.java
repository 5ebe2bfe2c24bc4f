package io.wxmass.cli.command.doctor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the doctor's report.
 *
 * @param detail what the platform answered
 * @param fix    what to do about a failed check; empty when it passed
 */
record Check(String name, boolean ok, String detail, String fix) {
    Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
    }

    static Check pass(String name, String detail) {
        return new Check(name, true, detail, "");
    }

    static Check fail(String name, String detail, String fix) {
        return new Check(name, false, detail, fix);
    }

    String line() {
        return (ok ? "✓ " : "✗ ") + name + ": " + detail + (fix.isEmpty() ? "" : " — " + fix);
    }

    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("check", name);
        out.put("ok", ok);
        out.put("detail", detail);
        if (!fix.isEmpty()) {
            out.put("fix", fix);
        }
        return out;
    }
}
