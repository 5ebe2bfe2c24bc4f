/**
 * An {@link io.wxmass.core.http.HttpCaller} over Apache HttpClient 5. HttpClient names its modules in its
 * manifests ({@code Automatic-Module-Name}), which is stable across its releases, so this module can require it.
 */
module io.wxmass.transport.httpclient5 {
    requires transitive io.wxmass.core;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires org.slf4j;

    exports io.wxmass.transport.httpclient5;
}
