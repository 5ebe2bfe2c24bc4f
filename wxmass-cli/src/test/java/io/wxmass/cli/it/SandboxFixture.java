package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Tag;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers over one in-process sandbox shared by a test class. */
final class SandboxFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxFixture() {
    }

    static Sandbox start(int followers) {
        return Sandbox.builder().followers(followers).instant(true).start();
    }

    /** A runner whose environment points the jar at the sandbox's default account. */
    static JarRunner runnerFor(Sandbox sandbox) {
        return new JarRunner().env("WXMASS_APP_ID", sandbox.appId()).env("WXMASS_APP_SECRET", sandbox.appSecret())
                .env("WXMASS_BASE_URL", sandbox.baseUrl());
    }

    /** The run's stdout as JSON, after asserting it exited 0 (the run is the failure message otherwise). */
    static JsonNode okJson(JarRunner.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JSON.readTree(run.stdout());
    }

    static Tag tagFirst(Sandbox sandbox, String name, int members) {
        Tag tag = sandbox.admin().createTag(sandbox.appId(), name);
        sandbox.admin().tag(sandbox.appId(), tag.id(), openIds(sandbox, 0, members));
        return tag;
    }

    static List<String> openIds(Sandbox sandbox, int from, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            ids.add(sandbox.account().followers().openId(i));
        }
        return ids;
    }

    static String resource(String name) {
        try {
            return Path.of(SandboxFixture.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
