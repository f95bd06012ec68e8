package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Node tests of the search modules (src/test/js) decode committed copies of the indexes that the real build
 * writes for {@link SearchFixture}'s site, so that {@code node --test} needs no build first. This holds those
 * copies to what the build writes today: when the index format or the analysis changes, it fails until they are
 * written again with {@code mvn test -Dtest=SearchFixtureIndexTest -Dplaybooks.writeSearchFixture=true}.
 */
class SearchFixtureIndexTest {
    static final Path COMMITTED = TestSite.REPO.resolve("src/test/resources/search/fixture");
    private static final String WRITE = "playbooks.writeSearchFixture";

    @Test
    void theNodeTestsReadTheIndexesTheBuildWritesNow(@TempDir Path temp) throws IOException {
        TestSite site = SearchFixture.build(temp);
        for (String lang : List.of("en", "nl")) {
            String file = lang + "/search-index.js";
            String built = Files.readString(site.out().resolve(file));
            Path committed = COMMITTED.resolve(file);
            if (Boolean.getBoolean(WRITE)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, built);
            }
            assertEquals(built, Files.exists(committed) ? Files.readString(committed) : "",
                    () -> "src/test/resources/search/fixture/" + file + " is not what the build writes now; write it "
                            + "again with: mvn test -Dtest=SearchFixtureIndexTest -D" + WRITE + "=true");
        }
    }
}
