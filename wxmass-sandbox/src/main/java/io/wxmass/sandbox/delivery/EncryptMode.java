package io.wxmass.sandbox.delivery;

/** How pushes are sealed (docs/platform.md §5.2/5.3): plain, compatible (plain fields plus Encrypt), safe (Encrypt only). */
public enum EncryptMode {
    PLAIN,
    COMPATIBLE,
    SAFE;

    /** Whether pushes in this mode carry an Encrypt element and a msg_signature. */
    public boolean encrypts() {
        return this != PLAIN;
    }
}
