package io.wxmass.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The test certificate: self-signed, for 127.0.0.1 and localhost, in the fixture {@code tls/localhost.p12}. */
public final class TestTls {
    public static final String PASSWORD = "wxmass-test";
    private static final String RESOURCE = "/tls/localhost.p12";

    private TestTls() {
    }

    public static KeyStore keyStore() {
        try (InputStream in = TestTls.class.getResourceAsStream(RESOURCE)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            return store;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + RESOURCE, e);
        }
    }

    /** The key store as a file, for servers that want a path. */
    public static Path keyStoreFile() {
        try (InputStream in = TestTls.class.getResourceAsStream(RESOURCE)) {
            Path file = Files.createTempFile("wxmass-tls", ".p12");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For a server presenting the test certificate. */
    public static SSLContext serving() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** For a client that trusts the test certificate (and nothing else). */
    public static SSLContext trusting() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keyStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
