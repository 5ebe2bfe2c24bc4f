package io.wxmass.testing;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.embed.SandboxBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Instant;

/**
 * JUnit 5 extension: one {@link Sandbox} per test class, closed after the class, injected into any test,
 * lifecycle method or constructor parameter of type {@code Sandbox}, with a {@link SandboxProbe} over it for a
 * parameter of that type. Settings come from {@link WithSandbox}.
 */
public final class SandboxExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SandboxExtension.class);

    /** Stored in the class's context store so JUnit closes it when the class is done. */
    private record Running(Sandbox sandbox, SandboxProbe probe) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            probe.close();
            sandbox.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sandbox.class || type == SandboxProbe.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        return parameter.getParameter().getType() == SandboxProbe.class ? running.probe() : running.sandbox();
    }

    private static Running running(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NS).getOrComputeIfAbsent(testClass, c -> running(start(testClass)), Running.class);
    }

    private static Running running(Sandbox sandbox) {
        return new Running(sandbox, SandboxProbe.of(sandbox));
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static Sandbox start(Class<?> testClass) {
        WithSandbox settings = findSettings(testClass);
        SandboxBuilder b = Sandbox.builder();
        if (settings != null) {
            b.followers(settings.followers()).instant(settings.instant());
            if (!settings.appId().isEmpty()) {
                b.appId(settings.appId());
            }
            if (!settings.appSecret().isEmpty()) {
                b.appSecret(settings.appSecret());
            }
            if (!settings.fixedClock().isEmpty()) {
                b.clock(SandboxClock.fixed(Instant.parse(settings.fixedClock())));
            }
        } else {
            b.instant(true);
        }
        return b.start();
    }

    private static WithSandbox findSettings(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            WithSandbox w = k.getAnnotation(WithSandbox.class);
            if (w != null) {
                return w;
            }
        }
        return null;
    }
}
