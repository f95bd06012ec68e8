package dev.playbooks.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What every hostile-input test starts from: a good project, built, in a temp folder of its own. */
abstract class HostileSiteTest {
    @TempDir
    Path temp;
    Hostile hostile;

    @BeforeEach
    void goodSite() {
        hostile = Hostile.site(temp);
    }
}
