package dev.playbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the design's rules on every main source file, whether it names a class in an import or by its fully
 * qualified name: each library is used by exactly one package of ours, each package uses only the packages it is
 * allowed to (so no dependency runs backwards), and every package says what it is for.
 */
class ArchitectureTest {
    private static final Path MAIN = TestSite.REPO.resolve("src/main/java/dev/playbooks");

    private static final Map<String, String> OWNERS = Map.of(
            "com.vladsch.flexmark", "markdown",
            "org.owasp.html", "markdown",
            "freemarker", "render",
            "org.yaml.snakeyaml", "content",
            "com.ibm.icu", "i18n",
            "picocli", "cli",
            "org.apache.lucene", "search",
            "org.tartarus.snowball", "search",
            "com.sun.net.httpserver", "serve",
            "javax.imageio", "media");

    /**
     * Who may use whom. Leaves first; each package only uses packages listed before it, which the test checks too,
     * so the list is also the order of the layers.
     */
    private static final Map<String, Set<String>> ALLOWED = layers(
            "model", "",
            "problem", "",
            "text", "",
            "media", "",
            "i18n", "model problem",
            "content", "i18n model problem text",
            "markdown", "i18n model problem",
            "site", "i18n media model problem",
            "render", "i18n model problem",
            "search", "i18n model text",
            "output", "model text",
            "history", "",
            "pipeline", "content history i18n markdown media model output problem render search site",
            "authoring", "content history i18n markdown model pipeline problem site text",
            "serve", "content model output pipeline problem text",
            "cli", "authoring content model output pipeline problem serve text");

    private static final Pattern OUR_PACKAGE = Pattern.compile("\\bdev\\.playbooks\\.([a-z0-9]+)\\b");

    @Test
    void eachLibraryIsUsedByOnePackage() {
        Map<String, Set<String>> users = new TreeMap<>();
        for (Path file : sources()) {
            String source = read(file);
            for (String library : OWNERS.keySet()) {
                if (Pattern.compile("\\b" + Pattern.quote(library) + "\\.").matcher(source).find()) {
                    users.computeIfAbsent(library, l -> new TreeSet<>()).add(packageOf(file));
                }
            }
        }
        OWNERS.forEach((library, owner) -> assertEquals(Set.of(owner), users.getOrDefault(library, Set.of()),
                library + " must be used only by the " + owner + " package"));
    }

    @Test
    void packagesUseOnlyThePackagesTheyMay() {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String own = packageOf(file);
            Set<String> allowed = ALLOWED.get(own);
            assertTrue(allowed != null, "the package " + own + " is not in the list of layers");
            Matcher used = OUR_PACKAGE.matcher(read(file));
            while (used.find()) {
                String other = used.group(1);
                if (!other.equals(own) && !allowed.contains(other)) {
                    wrong.add(MAIN.relativize(file) + " uses " + other);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theLayersRunOneWay() {
        List<String> seen = new ArrayList<>();
        ALLOWED.forEach((own, uses) -> {
            for (String used : uses) {
                assertTrue(seen.contains(used), own + " may use " + used + ", which is not a layer below it");
            }
            seen.add(own);
        });
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> folders = Files.list(MAIN)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path info = folder.resolve("package-info.java");
                assertTrue(Files.isRegularFile(info), folder.getFileName() + " has no package-info.java");
                assertTrue(read(info).trim().startsWith("/**"), info + " has no description");
            }
        }
    }

    /**
     * What {@code serve} relies on to skip a page: its data comes from its key and from questions to
     * {@code SiteView}, which are noted. A page assembler that reached the whole {@code Site} would escape that.
     */
    @Test
    void pagesSeeTheSiteOnlyThroughTheViewThatNotesTheirQuestions() {
        String assembler = read(MAIN.resolve("pipeline/PageAssembler.java"));
        assertTrue(!Pattern.compile("\\bSite\\b(?!Urls|View)").matcher(assembler).find(),
                "PageAssembler must ask the site only through SiteView");
        assertTrue(assembler.contains("SiteView site;"), "PageAssembler holds a SiteView");
    }

    /**
     * What a build needs outside the JVM (git) is asked for in one package, which says when it is missing. The one
     * other program is one no build needs: {@code rm}, which finishes removing a previous site after the process
     * exits, and without which the process waits for the removal itself.
     */
    @Test
    void onlyTheHistoryPackageRunsOtherPrograms() {
        Path optionalRemoval = MAIN.resolve("output/PreviousSites.java");
        for (Path file : sources()) {
            String source = read(file);
            if ((source.contains("ProcessBuilder") || source.contains("getRuntime().exec"))
                    && !file.equals(optionalRemoval)) {
                assertEquals("history", packageOf(file), MAIN.relativize(file) + " runs a program");
            }
        }
    }

    @Test
    void noSourceFileIsLongerThan400Lines() {
        for (Path file : sources()) {
            long lines = read(file).lines().count();
            assertTrue(lines <= 400, MAIN.relativize(file) + " has " + lines + " lines: split it by what it does");
        }
    }

    @Test
    void noGlobalStateIsSet() {
        for (Path file : sources()) {
            String source = read(file);
            assertTrue(!source.contains("Locale.setDefault") && !source.contains("TimeZone.setDefault"),
                    file + " changes JVM-wide defaults");
        }
    }

    private static Map<String, Set<String>> layers(String... packagesAndUses) {
        Map<String, Set<String>> layers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < packagesAndUses.length; i += 2) {
            String uses = packagesAndUses[i + 1];
            layers.put(packagesAndUses[i], uses.isEmpty() ? Set.of() : new HashSet<>(List.of(uses.split(" "))));
        }
        return layers;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('\\', '.');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
