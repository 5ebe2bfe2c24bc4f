package io.wxmass.sandbox.console;

import io.wxmass.sandbox.admin.SandboxAdmin;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.ImageHost;
import io.wxmass.sandbox.publish.Publication;
import io.wxmass.sandbox.publish.Publisher;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A number that changes whenever anything the console shows changes: the live-update stream compares it
 * instead of hooking into every part of the sandbox.
 */
final class LiveState {
    private final SandboxAdmin admin;
    private final Publisher publisher;

    LiveState(SandboxAdmin admin, Publisher publisher) {
        this.admin = admin;
        this.publisher = publisher;
    }

    long version() {
        // Image fetches are left out: the console's own pages load them, and would wake themselves up.
        Map<String, Long> requests = new TreeMap<>(admin.requestsByPath());
        requests.keySet().removeIf(path -> path.startsWith(ImageHost.PATH));
        long h = Objects.hash(admin.clock().offset(), admin.faults().rules().toString(), requests,
                admin.tokenFetchesByApp());
        for (Account a : admin.accounts()) {
            h = 31 * h + Objects.hash(a.appId(), a.followers().size(), a.drafts().count(), a.speed());
            for (MassJob j : admin.jobs(a.appId())) {
                h = 31 * h + Objects.hash(j.msgId(), j.status(), j.sentCount());
            }
            h = 31 * h + admin.pushAttempts(a.appId()).size();
            for (Publication p : publisher.all(a.appId())) {
                h = 31 * h + Objects.hash(p.publishId(), p.status());
            }
        }
        return h & Long.MAX_VALUE;
    }
}
