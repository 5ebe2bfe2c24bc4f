package io.wxmass.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails core's test run if anything it logged (io.wxmass at DEBUG, captured by {@link CapturingAppender})
 * holds one of the fixtures' secrets. Registered for every test class through JUnit's extension
 * auto-detection (META-INF/services), it parks a resource in the engine's root store on the first class;
 * JUnit closes that resource after the last test of the Jupiter engine, whatever the class order, and a
 * failure there fails the build. (jqwik's properties run in their own engine, after this one.)
 */
public final class LogHygiene implements BeforeAllCallback {
    private static final String KEY = LogHygiene.class.getName();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> (ExtensionContext.Store.CloseableResource) LogHygiene::checkWholeRun);
    }

    private static void checkWholeRun() {
        List<String> lines = CapturingAppender.lines();
        List<String> leaks = leaks(lines);
        if (!leaks.isEmpty()) {
            throw new AssertionError(leaks.size() + " of the run's " + lines.size()
                    + " log lines hold a fixture secret (shown as <SECRET>):\n" + String.join("\n", leaks));
        }
    }

    /** The texts that contain a fixture secret, with every secret masked so the report does not repeat it. */
    public static List<String> leaks(List<String> texts) {
        List<String> leaks = new ArrayList<>();
        for (String text : texts) {
            String masked = text;
            for (String secret : TestSecrets.all()) {
                masked = masked.replace(secret, "<SECRET>");
            }
            if (!masked.equals(text)) {
                leaks.add(masked);
            }
        }
        return leaks;
    }
}
