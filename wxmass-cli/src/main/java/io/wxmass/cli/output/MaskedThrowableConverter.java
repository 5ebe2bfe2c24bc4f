package io.wxmass.cli.output;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** {@code %maskedEx} in logback.xml: a logged stack trace with every password masked (exception messages hold URLs). */
// Public: logback.xml names it and logback instantiates it by reflection.
public final class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return Masking.mask(super.throwableProxyToString(proxy));
    }
}
