package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.bench.Kills;
import dev.playbooks.bench.SyntheticSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill test at the size of a unit test: a 100-per-language synthetic site, built by real {@code java}
 * processes of the command line, four of them killed with SIGKILL at random moments. {@code ./killtest} runs the
 * full version (20 builds of the 1,000-per-language benchmark site).
 */
class KilledBuildTest {
    @TempDir
    Path temp;

    @Test
    void aKilledBuildLeavesAWholeSiteAndTheNextLeavesNothingBehind() throws Exception {
        Path project = temp.resolve("site");
        SyntheticSite.write(project, 100, TestSite.REPO);
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        long seed = System.nanoTime();
        Kills.Outcome outcome = new Kills(project, arguments -> {
            List<String> line = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                    "-Xmx512m", "-cp", classpath, "dev.playbooks.cli.Main"));
            line.addAll(arguments);
            return new ProcessBuilder(line);
        }).run(4, seed);
        System.out.println("kill test, seed " + seed + ": " + outcome);
        assertEquals(List.of(), outcome.failures(), () -> "seed " + seed);
        assertTrue(outcome.killedBeforeSwap() + outcome.killedAfterSwap() + outcome.finishedBeforeKill() == 4);
    }
}
