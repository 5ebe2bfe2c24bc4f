package io.wxmass.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused {@code wxmass.*} property into Spring Boot's short startup report instead of a stack trace. */
final class WxMassPropertyFailureAnalyzer extends AbstractFailureAnalyzer<WxMassPropertyException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WxMassPropertyException cause) {
        return new FailureAnalysis("Property " + cause.property() + " " + cause.rule() + ".",
                "Correct " + cause.property() + " in your application's configuration (see docs/spring-boot.md).", cause);
    }
}
