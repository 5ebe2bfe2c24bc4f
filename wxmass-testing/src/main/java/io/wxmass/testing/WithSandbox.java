package io.wxmass.testing;

import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts one sandbox for the test class and injects it as a {@link Sandbox} parameter:
 * <pre>{@code
 * @WithSandbox(followers = 50, instant = true)
 * class MyTest {
 *     @Test void sends(Sandbox sandbox) { ... sandbox.baseUrl() ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(SandboxExtension.class)
public @interface WithSandbox {
    int followers() default 1000;

    /** Deliver without the speed delay (tests usually want this). */
    boolean instant() default true;

    /** Empty = generated. */
    String appId() default "";

    /** Empty = generated. */
    String appSecret() default "";

    /** Start from a fixed instant (ISO-8601) so only advancing moves time; empty = real time. */
    String fixedClock() default "";
}
