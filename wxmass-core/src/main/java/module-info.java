/**
 * The wxmass SDK. The exported packages are its public API (listed in docs/architecture.md, checked by
 * {@code ModuleBoundaryTest}); {@code io.wxmass.core.internal.*} holds the wire codecs and helpers the
 * project's own modules share, exported only to them. The bench reads them from the class path.
 */
module io.wxmass.core {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive java.net.http;
    requires org.slf4j;

    exports io.wxmass.core;
    exports io.wxmass.core.audience;
    exports io.wxmass.core.callback;
    exports io.wxmass.core.callback.event;
    exports io.wxmass.core.draft;
    exports io.wxmass.core.error;
    exports io.wxmass.core.event;
    exports io.wxmass.core.http;
    exports io.wxmass.core.lint;
    exports io.wxmass.core.mass;
    exports io.wxmass.core.media;
    exports io.wxmass.core.message;
    exports io.wxmass.core.publish;
    exports io.wxmass.core.quota;
    exports io.wxmass.core.token;
    exports io.wxmass.core.xml;

    exports io.wxmass.core.internal to io.wxmass.sandbox, io.wxmass.campaign;
    exports io.wxmass.core.internal.message to io.wxmass.sandbox, io.wxmass.campaign, io.wxmass.cli;
    exports io.wxmass.core.internal.http to io.wxmass.campaign, io.wxmass.cli, io.wxmass.bench;
    exports io.wxmass.core.internal.mass to io.wxmass.cli, io.wxmass.bench;
}
