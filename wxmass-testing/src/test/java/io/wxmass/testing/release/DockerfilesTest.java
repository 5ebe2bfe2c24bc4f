package io.wxmass.testing.release;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The images' Dockerfiles read as text (no Docker engine in the test run): what each must say. */
class DockerfilesTest {
    private static final Pattern COPIED_JAR = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+\\.jar)\\s");

    @ParameterizedTest
    @ValueSource(strings = {"sandbox", "serve"})
    void dockerfile_runsASlimJreAsANonRootUserWithAHealthCheck(String image) throws IOException {
        List<String> lines = Files.readAllLines(dockerfile(image));
        assertThat(lines).filteredOn(l -> l.startsWith("FROM ")).containsExactly("FROM eclipse-temurin:17-jre");
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).as("a USER line").isNotEmpty();
        String user = users.get(users.size() - 1).substring("USER ".length()).split(":")[0].trim();
        assertThat(user).as("the last USER").isNotIn("root", "0");
        assertThat(lines).filteredOn(l -> l.startsWith("HEALTHCHECK ")).hasSize(1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("EXPOSE 8080"));
        assertThat(lines).filteredOn(l -> l.startsWith("ENTRYPOINT ")).singleElement()
                .satisfies(e -> assertThat(e).contains("\"--host\", \"0.0.0.0\"", "\"--port\", \"8080\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sandbox", "serve"})
    void dockerfile_copiesAJarTheBuildProduces(String image) throws IOException {
        Matcher jar = COPIED_JAR.matcher(Files.readString(dockerfile(image)));
        assertThat(jar.find()).as("a COPY of a jar").isTrue();
        String path = jar.group(1);
        assertThat(path).matches("wxmass-(sandbox|cli)/target/wxmass(-sandbox)?\\.jar");
        String module = path.substring(0, path.indexOf('/'));
        String finalName = path.substring(path.lastIndexOf('/') + 1);
        String pom = Files.readString(Poms.ROOT.resolve(module).resolve("pom.xml"));
        assertThat(pom).as(module + " builds " + finalName).containsAnyOf("<finalName>" + finalName.replace(".jar", "") + "</finalName>",
                "/" + finalName + "</outputFile>");
    }

    private static Path dockerfile(String image) {
        return Poms.ROOT.resolve("docker").resolve(image).resolve("Dockerfile");
    }
}
