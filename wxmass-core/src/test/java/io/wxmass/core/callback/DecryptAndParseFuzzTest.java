package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.event.CallbackEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzes the untrusted path of a safe-mode push, Encrypt value to typed event: whatever arrives, it
 * ends in an event or a {@link CallbackException}, never another exception. Bounded tries keep it to a
 * few seconds in CI.
 */
class DecryptAndParseFuzzTest {
    private static final MessageCrypto CRYPTO = new MessageCrypto(MessageCryptoTest.APP_ID,
            AesKey.fromEncodingAesKey(AesKeyTest.SAMPLE_KEY));
    private static final CallbackParser PARSER = CallbackParser.withDefaults();
    private static final byte[] VALID = Base64.getDecoder().decode(
            CRYPTO.encrypt(Fixtures.read("seed-004-official-err30003.xml"), new byte[16]));

    /** Runs the path; returns normally on an event or the typed refusal, fails on anything else. */
    private static void decryptAndParse(String encrypt) {
        try {
            CallbackEvent event = PARSER.parse(CRYPTO.decrypt(encrypt));
            assertThat(event.header()).isNotNull();
        } catch (CallbackException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }

    @Property(tries = 400)
    void arbitraryText_endsInEventOrCallbackException(@ForAll("base64ish") String encrypt) {
        decryptAndParse(encrypt);
    }

    @Property(tries = 400)
    void randomCiphertextBytes_endInEventOrCallbackException(@ForAll byte[] cipherText) {
        decryptAndParse(Base64.getEncoder().encodeToString(cipherText));
    }

    @Property(tries = 400)
    void flippedBytesOfValidPush_endInEventOrCallbackException(@ForAll("flips") List<Tuple.Tuple2<Integer, Byte>> flips) {
        byte[] mutated = VALID.clone();
        for (Tuple.Tuple2<Integer, Byte> flip : flips) {
            mutated[flip.get1() % mutated.length] ^= flip.get2();
        }
        decryptAndParse(Base64.getEncoder().encodeToString(mutated));
    }

    @Property(tries = 800)
    void validlyEncryptedHostileXml_endsInEventOrCallbackException(@ForAll("xmlish") String xml) {
        decryptAndParse(CRYPTO.encrypt(xml, "0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
    }

    @Provide
    Arbitrary<String> base64ish() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \n%")
                .ofMaxLength(300);
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> flips() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Byte> mask = Arbitraries.bytes().filter(b -> b != 0);
        return Combinators.combine(index, mask).as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> xmlish() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("<xml>", "</xml>", "<MsgType>", "</MsgType>", "<Event>MASSSENDJOBFINISH</Event>",
                        "<MsgID>", "</MsgID>", "<CopyrightCheckResult>", "</CopyrightCheckResult>", "<ResultList>",
                        "</ResultList>", "<item>", "</item>", "<ArticleIdx>", "</ArticleIdx>", "<CheckState>",
                        "</CheckState>", "<![CDATA[", "]]>", "&amp;", "&lol;", "&#0;", "&#x110000;",
                        "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<?xml version=\"1.0\"?>", "<!-- c -->", "<a b='1'>",
                        "err(30003)", "send success", "99999999999999999999", "-1", "\u0000", "\uFFFF", "群发"),
                Arbitraries.strings().ofMaxLength(8));
        return fragment.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
