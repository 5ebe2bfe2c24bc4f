package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncryptedEnvelopeTest {

    @Test
    void requestBody_wrapsEncryptInPlatformShape() {
        assertThat(EncryptedEnvelope.requestBody("gh_test", "abc="))
                .isEqualTo("<xml><ToUserName><![CDATA[gh_test]]></ToUserName><Encrypt><![CDATA[abc=]]></Encrypt></xml>");
    }

    @Test
    void replyBody_withSpecVector_carriesSpec53Signature() {
        String body = EncryptedEnvelope.replyBody("AAAAA", MessageCryptoTest.SPEC_ENCRYPT, "1714037059", "486452656");

        assertThat(body).isEqualTo("<xml><Encrypt><![CDATA[" + MessageCryptoTest.SPEC_ENCRYPT + "]]></Encrypt>"
                + "<MsgSignature><![CDATA[0903eefac2b21cf079a90a87f51fe95d130c0973]]></MsgSignature>"
                + "<TimeStamp>1714037059</TimeStamp><Nonce><![CDATA[486452656]]></Nonce></xml>");
    }

    @Test
    void sealRequest_producesBodyWhoseSignatureCoversEncrypt() {
        MessageCrypto crypto = new MessageCrypto(MessageCryptoTest.APP_ID,
                AesKey.fromEncodingAesKey(AesKeyTest.SAMPLE_KEY));

        EncryptedEnvelope.Sealed sealed = EncryptedEnvelope.sealRequest(crypto, "AAAAA", "gh_test",
                MessageCryptoTest.SPEC_XML, "1714037059", "486452656");

        assertThat(sealed.body()).contains("<Encrypt><![CDATA[" + sealed.encrypt() + "]]></Encrypt>");
        assertThat(Signatures.matches(sealed.msgSignature(), "AAAAA", "1714037059", "486452656", sealed.encrypt()))
                .isTrue();
        assertThat(crypto.decrypt(sealed.encrypt())).isEqualTo(MessageCryptoTest.SPEC_XML);
    }
}
