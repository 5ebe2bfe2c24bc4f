package io.wxmass.bench.versus;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A sandbox in a JVM of its own, so that its CPU is not counted as the client's. */
final class SandboxProcess {
    private SandboxProcess() {
    }

    static void awaitListening(Process sandbox) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("listening on")) {
                // Keep draining its output so that it never blocks on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "sandbox-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IllegalStateException("sandbox exited before listening");
    }

    static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
