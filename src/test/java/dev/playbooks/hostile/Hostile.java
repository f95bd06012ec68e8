package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.pipeline.BuildOptions;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A good bilingual site, built, with everything around it recorded: a hostile case changes the project, builds
 * again, and checks that the build named the problem where it is, that the previous site is byte for byte as it
 * was, and that nothing outside the output folder changed (no file written, none left behind).
 */
final class Hostile {
    final TestSite site;
    private final Path world;
    private final Map<String, String> goodSite;
    private Map<String, String> around;

    private Hostile(TestSite site, Path world) {
        this.site = site;
        this.world = world;
        assertTrue(site.build().succeeded(), "the good site builds");
        this.goodSite = site.snapshotOfOutput();
        this.around = aroundOutput();
    }

    /** A project in {@code temp/project}; {@code temp} is the world the build must not touch beyond its output. */
    static Hostile site(Path temp) {
        return new Hostile(TestSite.create(temp.resolve("project")).withTrustPlaybooks(), temp);
    }

    /** Records the world as it is now, after the case changed the project and before it builds. */
    Hostile prepared() {
        around = aroundOutput();
        return this;
    }

    BuildResult build() {
        return build(site.options());
    }

    BuildResult build(BuildOptions options) {
        prepared();
        return site.build(options);
    }

    /** Builds, expects failure with an error at {@code place}, and checks that nothing changed. */
    Problem refused(String place) {
        return refused(site.options(), place);
    }

    Problem refused(BuildOptions options, String place) {
        BuildResult result = build(options);
        assertFalse(result.succeeded(), () -> "expected a failed build, got " + result.problems());
        Problem problem = result.problems().stream().filter(Problem::isError)
                .filter(p -> p.place().equals(place)).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + place + " in " + result.problems()));
        assertUnchanged();
        return problem;
    }

    /** The previous site byte for byte, and the world around it as it was. */
    void assertUnchanged() {
        assertEquals(goodSite, site.snapshotOfOutput(), "a failed build must leave the previous site intact");
        assertEquals(around, aroundOutput(), "nothing outside the output folder may change");
    }

    /** Every file and link under the world except the output folder, with a hash or a link target. */
    Map<String, String> aroundOutput() {
        Map<String, String> all = new TreeMap<>();
        Path out = site.out();
        try (Stream<Path> paths = Files.walk(world)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (path.startsWith(out)) {
                    continue;
                }
                String name = world.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    all.put(name, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(name, Arrays.hashCode(Files.readAllBytes(path)) + ":" + Files.size(path));
                } else {
                    all.put(name, "folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
