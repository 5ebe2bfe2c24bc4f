/**
 * The sandbox: an emulator of the platform. The exported packages are what tests and tools drive
 * ({@code embed.Sandbox}, the admin client, the config, the clock, fault plans, the accounts and the jobs
 * they read back; listed in docs/architecture.md, checked by {@code ModuleBoundaryTest}); the HTTP server,
 * the platform's rules, the draft box and the browser console stay inside.
 */
module io.wxmass.sandbox {
    requires transitive io.wxmass.core;
    requires io.wxmass.console.kit;
    requires jdk.httpserver;
    requires org.slf4j;

    exports io.wxmass.sandbox;
    exports io.wxmass.sandbox.admin;
    exports io.wxmass.sandbox.clock;
    exports io.wxmass.sandbox.config;
    exports io.wxmass.sandbox.delivery;
    exports io.wxmass.sandbox.embed;
    exports io.wxmass.sandbox.faults;
    exports io.wxmass.sandbox.platform;
    exports io.wxmass.sandbox.protection;
    exports io.wxmass.sandbox.publish;
    exports io.wxmass.sandbox.push;
    exports io.wxmass.sandbox.receiver;
}
