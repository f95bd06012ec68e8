package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which generator wrote a cache: other code never passes for this one, the same code compiled again does. */
class ToolVersionTest {
    @TempDir
    Path temp;

    private Path jar(String name, Map<String, String> entries, long time) throws IOException {
        Path jar = temp.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                JarEntry file = new JarEntry(entry.getKey());
                file.setLastModifiedTime(FileTime.fromMillis(time));
                out.putNextEntry(file);
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private Fingerprint of(Path own, Path library) {
        return ToolVersion.of(own + File.pathSeparator + library, own.toAbsolutePath());
    }

    @Test
    void theSameClassesCompiledAgainAreTheSameToolAndOneChangedClassIsAnother() throws IOException {
        Path library = jar("library-1.0.jar", Map.of("lib/A.class", "a"), 0);
        Fingerprint first = of(jar("own.jar", Map.of("x/A.class", "one", "x/B.class", "two"), 1_000), library);
        Fingerprint again = of(jar("own.jar", Map.of("x/A.class", "one", "x/B.class", "two"), 9_000_000), library);
        assertEquals(first, again, "new timestamps, same classes");
        assertNotEquals(first, of(jar("own.jar", Map.of("x/A.class", "one", "x/B.class", "twp"), 1_000), library));
        assertNotEquals(first, of(jar("own.jar", Map.of("x/A.class", "one"), 1_000), library));
    }

    @Test
    void anotherVersionOfALibraryIsAnotherTool() throws IOException {
        Path own = jar("own.jar", Map.of("x/A.class", "one"), 0);
        Fingerprint first = of(own, jar("library-1.0.jar", Map.of("lib/A.class", "a"), 0));
        Files.delete(temp.resolve("library-1.0.jar"));
        assertNotEquals(first, of(own, jar("library-1.1.jar", Map.of("lib/A.class", "a"), 0)));
    }
}
