package io.wxmass.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.CallbackException;
import io.wxmass.core.xml.XmlException;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class ErrorKindTest {
    @Test
    void of_mapsEachCoreFamily_toOneStatusAndOneExitCode() {
        assertKind(new InvalidRequestException("touser", "needs 2 openids"), ErrorKind.INVALID, 400, 2);
        assertKind(new WeChatApiException(45028, "has no masssend quota", "/cgi-bin/message/mass/sendall"),
                ErrorKind.PLATFORM, 502, 1);
        assertKind(new TransportException("timed out", "/cgi-bin/message/mass/send", "c1", true, null),
                ErrorKind.NETWORK, 504, 3);
        assertKind(new CallbackException(CallbackException.Reason.BAD_SIGNATURE, "signature mismatch"),
                ErrorKind.INVALID, 400, 2);
        assertKind(new XmlException(XmlException.Kind.MALFORMED, "not well-formed", null), ErrorKind.INVALID, 400, 2);
    }

    @Test
    void of_anythingOutsideTheRoot_isInternal() {
        assertKind(new IllegalArgumentException("a parsing bug"), ErrorKind.INTERNAL, 500, 70);
        assertKind(new NullPointerException(), ErrorKind.INTERNAL, 500, 70);
    }

    @Test
    void stateConflicts_tellNotFoundFromConflict() {
        class Missing extends StateConflictException {
            Missing() {
                super("no campaign with id x", true);
            }
        }
        class Busy extends StateConflictException {
            Busy() {
                super("x is PLANNED", false);
            }
        }
        assertKind(new Missing(), ErrorKind.NOT_FOUND, 404, 4);
        assertKind(new Busy(), ErrorKind.CONFLICT, 409, 4);
    }

    @Test
    void root_isSealed_andEveryFamilyIsFinalOrOpenOnPurpose() {
        assertThat(WxMassException.class.isSealed()).isTrue();
        for (Class<?> family : WxMassException.class.getPermittedSubclasses()) {
            assertThat(Modifier.isFinal(family.getModifiers()) || !family.isSealed())
                    .as("%s is final or non-sealed", family.getSimpleName()).isTrue();
            assertThat(family.getPackage()).isEqualTo(WxMassException.class.getPackage());
        }
        assertThat(WxMassException.class.getPermittedSubclasses()).extracting(Class::getSimpleName)
                .contains("InvalidInputException", "PlatformRefusalException", "StateConflictException", "StoreFailureException");
    }

    private static void assertKind(Throwable error, ErrorKind kind, int status, int exitCode) {
        assertThat(ErrorKind.of(error)).as(error.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(kind.httpStatus()).isEqualTo(status);
        assertThat(kind.exitCode()).isEqualTo(exitCode);
    }
}
