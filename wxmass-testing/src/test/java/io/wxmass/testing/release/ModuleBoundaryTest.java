package io.wxmass.testing.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.transport.httpclient5.ApacheHttpCaller;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exports of each module with a module-info are exactly the lists in docs/architecture.md ("The public
 * boundary"), and nothing internal is exported to everyone. Reads the compiled descriptors, so a package
 * added to module-info without the docs (or the docs without module-info) fails here.
 */
class ModuleBoundaryTest {
    private static final Pattern BLOCK = Pattern.compile("(?s)<!-- exports (\\S+) -->\\n(.*?)<!-- /exports -->");
    private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");
    private static final String EVERYONE = "everyone";

    @ParameterizedTest
    @ValueSource(strings = {"io.wxmass.core", "io.wxmass.sandbox", "io.wxmass.transport.httpclient5"})
    void exports_areExactlyTheDocumentedList(String module) throws IOException {
        assertThat(exports(descriptor(module))).isEqualTo(documented(module));
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.wxmass.core", "io.wxmass.sandbox", "io.wxmass.transport.httpclient5"})
    void internalPackages_areNeverExportedToEveryone(String module) {
        ModuleDescriptor descriptor = descriptor(module);
        assertThat(descriptor.exports()).filteredOn(e -> e.source().contains(".internal"))
                .allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isTrue());
        assertThat(descriptor.packages()).as("packages in the module").containsAll(exports(descriptor).keySet());
    }

    /** package -> "everyone" or the modules it is exported to, from the compiled module-info. */
    private static Map<String, Set<String>> exports(ModuleDescriptor descriptor) {
        Map<String, Set<String>> exports = new TreeMap<>();
        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            exports.put(e.source(), e.isQualified() ? new TreeSet<>(e.targets()) : Set.of(EVERYONE));
        }
        return exports;
    }

    /** The same map from the doc: "- to everyone: `a`, `b`" and "- `pkg` to `m1`, `m2`". */
    private static Map<String, Set<String>> documented(String module) throws IOException {
        String doc = Files.readString(Poms.ROOT.resolve("docs/architecture.md"));
        Matcher block = BLOCK.matcher(doc);
        Map<String, Set<String>> exports = new TreeMap<>();
        while (block.find()) {
            if (!block.group(1).equals(module)) {
                continue;
            }
            for (String line : block.group(2).replace("\n  ", " ").split("\n")) {
                var names = NAME.matcher(line).results().map(m -> m.group(1)).toList();
                if (line.startsWith("- to everyone:")) {
                    names.forEach(p -> exports.put(p, Set.of(EVERYONE)));
                } else if (line.startsWith("- ") && !names.isEmpty()) {
                    exports.put(names.get(0), names.stream().skip(1).collect(Collectors.toCollection(TreeSet::new)));
                }
            }
        }
        assertThat(exports).as("documented exports of " + module).isNotEmpty();
        return exports;
    }

    /** The descriptor compiled into the module's classes: module-info.class read straight from the anchor's class folder or jar. */
    private static ModuleDescriptor descriptor(String module) {
        Class<?> anchor = module.equals("io.wxmass.core") ? WxMass.class
                : module.equals("io.wxmass.sandbox") ? Sandbox.class : ApacheHttpCaller.class;
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            ModuleDescriptor descriptor;
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                    descriptor = ModuleDescriptor.read(in);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    JarEntry entry = jar.getJarEntry("module-info.class");
                    assertThat(entry).as("module-info.class in " + location).isNotNull();
                    try (InputStream in = jar.getInputStream(entry)) {
                        descriptor = ModuleDescriptor.read(in);
                    }
                }
            }
            assertThat(descriptor.name()).as("module read from " + location).isEqualTo(module);
            return descriptor;
        } catch (URISyntaxException | IOException e) {
            throw new AssertionError("no module-info.class for " + module, e);
        }
    }
}
