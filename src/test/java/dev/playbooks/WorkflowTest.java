package dev.playbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The CI workflow: it builds every push and pull request strictly, tests through .ci/run, and publishes only main. */
class WorkflowTest {
    private static final String MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

    private Map<String, Object> jobs;
    private Map<String, Object> workflow;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void read() throws IOException {
        String text = Files.readString(TestSite.REPO.resolve(".github/workflows/site.yml"));
        workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        jobs = (Map<String, Object>) workflow.get("jobs");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> job(String name) {
        return (Map<String, Object>) jobs.get(name);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> steps(String job) {
        return (List<Map<String, Object>>) job(job).get("steps");
    }

    private Map<String, Object> stepUsing(String job, String action) {
        return steps(job).stream().filter(step -> String.valueOf(step.get("uses")).startsWith(action + "@"))
                .findFirst().orElseThrow(() -> new AssertionError(job + " has no step using " + action));
    }

    private String runs(String job) {
        return String.join("\n", steps(job).stream().map(step -> String.valueOf(step.get("run"))).toList());
    }

    @Test
    void everyPushAndPullRequestIsBuiltStrictlyAndTestedByTheCiScript() {
        // YAML 1.1 reads the key `on` as the boolean true; GitHub reads it as the word.
        Object triggers = workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
        assertTrue(triggers instanceof Map<?, ?> map && map.containsKey("push") && map.containsKey("pull_request"),
                String.valueOf(triggers));
        assertTrue(runs("site").contains("./playbooks build --strict"), runs("site"));
        assertTrue(runs("test").contains("bash .ci/run"), runs("test"));
    }

    @Test
    void theSiteJobKeepsTheBuildCacheAndTheSiteItDescribesFromOneRunToTheNext() {
        Map<String, Object> cache = stepUsing("site", "actions/cache");
        @SuppressWarnings("unchecked")
        Map<String, Object> with = (Map<String, Object>) cache.get("with");
        List<String> paths = List.of(String.valueOf(with.get("path")).strip().split("\\s+"));
        assertEquals(List.of("target/playbooks-cache", "target/site"), paths);
        assertTrue(String.valueOf(with.get("key")).contains("${{ github.sha }}"), "a new cache for every commit");
        assertTrue(steps("site").indexOf(cache) < steps("site").indexOf(steps("site").stream()
                .filter(step -> String.valueOf(step.get("run")).contains("./playbooks build")).findFirst()
                .orElseThrow()), "restored before the build");
    }

    @Test
    void onlyMainIsPublishedAndOnlyAfterItsSiteAndTestsPassed() {
        Map<String, Object> deploy = job("deploy");
        assertEquals(MAIN_PUSH, deploy.get("if"));
        assertEquals(List.of("site", "test"), deploy.get("needs"));
        assertTrue(String.valueOf(steps("deploy").get(0).get("uses")).startsWith("actions/deploy-pages@"));
        assertEquals(MAIN_PUSH, stepUsing("site", "actions/upload-pages-artifact").get("if"));
        assertEquals(MAIN_PUSH, stepUsing("site", "actions/configure-pages").get("if"));
        assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"), "everything else may only read");
    }
}
