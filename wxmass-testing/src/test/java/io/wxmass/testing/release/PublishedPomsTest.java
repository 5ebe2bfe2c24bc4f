package io.wxmass.testing.release;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Maven Central requires of every published POM, checked on the files as written: the release profile's
 * enforcer rules check the modules that inherit from the parent; the BOM has no parent, so it is checked here.
 */
class PublishedPomsTest {
    private static final List<String> METADATA = List.of("url", "licenses", "developers", "scm");

    @Test
    void parent_carriesCentralsRequiredMetadata() {
        Element parent = Poms.parent();
        assertThat(Poms.text(parent, "name")).isNotBlank();
        assertThat(Poms.text(parent, "description")).isNotBlank();
        assertThat(Poms.text(parent, "url")).startsWith("https://");
        assertThat(Poms.text(parent, "licenses", "license", "name")).isEqualTo("Apache-2.0");
        assertThat(Poms.text(parent, "licenses", "license", "url")).startsWith("https://www.apache.org/licenses/");
        assertThat(Poms.text(parent, "developers", "developer", "name")).isNotBlank();
        assertThat(Poms.text(parent, "scm", "connection")).startsWith("scm:git:");
        assertThat(Poms.text(parent, "scm", "developerConnection")).startsWith("scm:git:");
        assertThat(Poms.text(parent, "scm", "url")).startsWith("https://");
        assertThat(Poms.text(parent, "properties", "project.build.outputTimestamp")).isNotBlank();
    }

    @Test
    void licenceFile_isTheApacheLicenceThePomsName() throws IOException {
        String licence = Files.readString(Poms.ROOT.resolve("LICENSE"));
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    }

    @Test
    void everyModule_namesItselfAndDescribesItself() {
        for (String module : publishedModules()) {
            Element pom = Poms.module(module);
            assertThat(Poms.text(pom, "description")).as(module + " description").isNotBlank();
            if (!"pom".equals(Poms.text(pom, "packaging"))) {
                assertThat(Poms.text(pom, "properties", "module.name")).as(module + " Automatic-Module-Name")
                        .isEqualTo("io.wxmass." + module.substring("wxmass-".length()).replace('-', '.'));
            }
        }
    }

    @Test
    void bom_managesEveryPublishedArtifactAtTheProjectVersion() {
        Element bom = Poms.module("wxmass-bom");
        assertThat(Poms.text(bom, "version")).isEqualTo(Poms.text(Poms.parent(), "version"));
        Element managed = Poms.child(bom, "dependencyManagement");
        List<String> artifacts = Poms.texts(managed, "dependencies", "artifactId");
        List<String> jars = publishedModules().stream().filter(m -> !m.equals("wxmass-bom")).collect(Collectors.toList());
        assertThat(artifacts).containsExactlyInAnyOrderElementsOf(jars);
        assertThat(Poms.texts(managed, "dependencies", "version")).containsOnly("${project.version}");
        assertThat(Poms.texts(managed, "dependencies", "groupId")).containsOnly("io.wxmass");
    }

    @Test
    void bom_withoutAParent_carriesTheSameMetadataAsTheParent() {
        Element bom = Poms.module("wxmass-bom");
        Element parent = Poms.parent();
        assertThat(Poms.child(bom, "parent")).as("the BOM must not import the parent's third-party versions").isNull();
        assertThat(Poms.text(bom, "groupId")).isEqualTo(Poms.text(parent, "groupId"));
        for (String element : METADATA) {
            assertThat(Poms.child(bom, element).getTextContent().replaceAll("\\s+", " "))
                    .as("bom " + element).isEqualTo(Poms.child(parent, element).getTextContent().replaceAll("\\s+", " "));
        }
    }

    /** The default build's modules: the benchmarks (-Pbench) and the samples are not published. */
    private static List<String> publishedModules() {
        return Poms.texts(Poms.parent(), "modules", "module").stream().filter(m -> !m.startsWith("samples/")).toList();
    }
}
