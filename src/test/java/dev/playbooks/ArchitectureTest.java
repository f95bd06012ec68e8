package dev.playbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the design's rule: each library is imported by exactly one package of ours. */
class ArchitectureTest {
    private static final Map<String, String> OWNERS = Map.of(
            "com.vladsch.flexmark", "markdown",
            "freemarker", "render",
            "org.yaml.snakeyaml", "content",
            "com.ibm.icu", "i18n",
            "picocli", "cli",
            "org.apache.lucene", "search",
            "org.tartarus.snowball", "search",
            "com.sun.net.httpserver", "serve");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void eachLibraryIsImportedByOnePackage() throws IOException {
        Path main = TestSite.REPO.resolve("src/main/java/dev/playbooks");
        Map<String, Set<String>> importers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String ourPackage = main.relativize(file.getParent()).toString().replace('\\', '.');
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String imported = imports.group(1);
                    OWNERS.keySet().stream().filter(library -> imported.startsWith(library + "."))
                            .forEach(library -> importers.computeIfAbsent(library, l -> new TreeSet<>()).add(ourPackage));
                }
            }
        }
        OWNERS.forEach((library, owner) ->
                assertEquals(Set.of(owner), importers.getOrDefault(library, Set.of()),
                        library + " must be imported only by the " + owner + " package"));
    }

    @Test
    void noGlobalStateIsSet() throws IOException {
        Path main = TestSite.REPO.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String source = Files.readString(file);
                assertTrue(!source.contains("Locale.setDefault") && !source.contains("TimeZone.setDefault"),
                        file + " changes JVM-wide defaults");
            }
        }
    }
}
