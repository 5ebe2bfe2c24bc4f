package io.wxmass.sandbox.push;

/** The content of one event push (MASSSENDJOBFINISH, PUBLISHJOBFINISH), independent of how it is sealed. */
public interface PushEvent {
    /** The account's gh_ id: the safe-mode envelope carries it too. */
    String toUserName();

    /** The plain XML body. */
    String xml();

    /** The compatible-mode body: every plain element plus {@code Encrypt}. */
    String xmlWithEncrypt(String encrypt);
}
