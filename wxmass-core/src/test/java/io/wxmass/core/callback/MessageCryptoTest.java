package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.callback.CallbackException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MessageCryptoTest {
    static final String APP_ID = "wxbad0b45542aa0b5e";
    static final String TOKEN = "AAAAA";
    static final byte[] RANDOM = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final String SPEC_XML =
            "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Event><![CDATA[MASSSENDJOBFINISH]]></Event></xml>";
    static final String SPEC_ENCRYPT = "Q3stYC6hdFzMh9T8HCvyDLSVl9UN/LKJ8zA55pGYLNhBNXVn4p7/q8u+5IKfgwDNRwACLEIUReppGrvIp"
            + "J4aXywsafCF5YAahBze6TVxmW7dGpPWa7pJD9d5Upxvd687EaOTAYCTklw2eBSynMx3+JERcfToeMWrxT+hnmp68nYr3b1voDcJdaIfXeqLDP"
            + "klGFma9XP4sKp6m2HjBVdAuQ==";

    private final AesKey key = AesKey.fromEncodingAesKey(AesKeyTest.SAMPLE_KEY);
    private final AesKey otherKey = AesKey.fromEncodingAesKey("ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut");
    private final MessageCrypto crypto = new MessageCrypto(APP_ID, key);

    @Test
    void encrypt_withSpecVector_producesSpec53Ciphertext() {
        assertThat(crypto.encrypt(SPEC_XML, RANDOM)).isEqualTo(SPEC_ENCRYPT);
    }

    @Test
    void msgSignature_withSpecVector_matchesSpec53() {
        assertThat(EncryptedEnvelope.msgSignature(TOKEN, "1714037059", "486452656", SPEC_ENCRYPT))
                .isEqualTo("0903eefac2b21cf079a90a87f51fe95d130c0973");
    }

    @Test
    void decrypt_withSpecVector_returnsSpecXml() {
        assertThat(crypto.decrypt(SPEC_ENCRYPT)).isEqualTo(SPEC_XML);
    }

    @Test
    void decrypt_roundTripsUnicodeWithFreshRandom() {
        String xml = "<xml><Content><![CDATA[群发 ✓]]></Content></xml>";

        String first = crypto.encrypt(xml);

        assertThat(first).isNotEqualTo(crypto.encrypt(xml));
        assertThat(crypto.decrypt(first)).isEqualTo(xml);
    }

    @Test
    void decrypt_whenPlaintextIsWholeBlocks_handlesFullPadBlockOf32() {
        // 16 + 4 + len + 18 = 64 → the pad is a whole block of 0x20.
        String xml = "x".repeat(26);
        String encrypted = crypto.encrypt(xml, RANDOM);

        assertThat(Base64.getDecoder().decode(encrypted)).hasSize(96);
        assertThat(crypto.decrypt(encrypted)).isEqualTo(xml);
    }

    @Test
    void decrypt_whenMessageIsForAnotherAppId_refusesWithWrongAppId() {
        String forOther = new MessageCrypto("wx0000000000000000", key).encrypt(SPEC_XML);

        assertThatThrownBy(() -> crypto.decrypt(forOther))
                .isInstanceOfSatisfying(CallbackException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_APPID));
    }

    @Test
    void decrypt_whenBase64IsTruncated_refusesWithBadBase64() {
        String truncated = SPEC_ENCRYPT.substring(0, SPEC_ENCRYPT.length() - 3);

        assertThatThrownBy(() -> crypto.decrypt(truncated))
                .isInstanceOfSatisfying(CallbackException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_BASE64));
    }

    @Test
    void decrypt_whenCiphertextIsNotWholeBlocks_refusesWithBadLength() {
        byte[] raw = Base64.getDecoder().decode(SPEC_ENCRYPT);
        String cut = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, raw.length - 5));

        assertThatThrownBy(() -> crypto.decrypt(cut))
                .isInstanceOfSatisfying(CallbackException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_LENGTH));
    }

    @Test
    void decrypt_whenPaddingIsBroken_refusesWithBadPadding() {
        // Flipping a byte of the second-to-last block flips the same byte of the last plaintext block (CBC).
        byte[] raw = Base64.getDecoder().decode(SPEC_ENCRYPT);
        raw[raw.length - 17] ^= 0x40;
        String tampered = Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> crypto.decrypt(tampered))
                .isInstanceOfSatisfying(CallbackException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_PADDING));
    }

    @Test
    void decrypt_whenEncryptedWithUnknownKey_refuses() {
        String foreign = new MessageCrypto(APP_ID, otherKey).encrypt(SPEC_XML);

        assertThatThrownBy(() -> crypto.decrypt(foreign)).isInstanceOf(CallbackException.class);
    }

    @Test
    void open_afterRotation_acceptsPreviousKeyAndReportsIt() {
        MessageCrypto rotated = new MessageCrypto(APP_ID, otherKey, key);

        MessageCrypto.Opened opened = rotated.open(SPEC_ENCRYPT);

        assertThat(opened.xml()).isEqualTo(SPEC_XML);
        assertThat(opened.key()).isEqualTo(key);
        assertThat(rotated.open(rotated.encrypt(SPEC_XML)).key()).isEqualTo(otherKey);
    }

    @Test
    void exceptionsAndToString_neverContainKeyOrPlaintext() {
        String forOther = new MessageCrypto("wx0000000000000000", key).encrypt(SPEC_XML);

        assertThatThrownBy(() -> crypto.decrypt(forOther))
                .hasMessageNotContaining(AesKeyTest.SAMPLE_KEY)
                .hasMessageNotContaining("MASSSENDJOBFINISH");
        assertThat(crypto.toString()).doesNotContain(AesKeyTest.SAMPLE_KEY);
    }
}
