/**
 * The consoles' shared kit: what the sandbox console (JDK HttpServer) and the campaign console (Jetty) both
 * need and draw the same way. It knows no server: each console adapts its own request and response.
 */
module io.wxmass.console.kit {
    requires transitive io.wxmass.core;

    exports io.wxmass.console;
}
