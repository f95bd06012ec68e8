package dev.playbooks.bench;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds killed with SIGKILL at random moments, as a CI runner that is cancelled or a laptop that runs out of
 * battery would: before each killed build one playbook is edited, so that the site it would write differs from the
 * one in place. After each kill the output folder must hold a whole site, the previous one or the new one and
 * nothing in between; the next build, left to finish, must write the new site and leave no staging folder or
 * previous site beside it.
 */
public final class Kills {
    /** What a run of the kill test found. */
    public record Outcome(int kills, int killedBeforeSwap, int killedAfterSwap, int finishedBeforeKill,
                          List<String> failures, long buildMillis, List<String> kinds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d builds killed (a finished build took %d ms): %d left the previous "
                    + "site, %d the new one, %d had finished before their kill; %d failures%s%nkills: %s", kills,
                    buildMillis, killedBeforeSwap, killedAfterSwap, finishedBeforeKill, failures.size(),
                    failures.isEmpty() ? "" : ": " + failures, kinds);
        }
    }

    private final Path project;
    private final Path out;
    private final Function<List<String>, ProcessBuilder> command;

    /** @param command the process that runs {@code playbooks} with the given arguments */
    public Kills(Path project, Function<List<String>, ProcessBuilder> command) {
        this.project = project;
        this.out = project.resolve("out");
        this.command = command;
    }

    public Outcome run(int kills, long seed) throws IOException, InterruptedException {
        Random random = new Random(seed);
        finishedBuild();
        // Timed as the builds that are killed run: after an edit, with the build cache the last one left, which
        // makes them several times shorter than the first build; timed by that one, most kills came too late.
        edit(0);
        long start = System.nanoTime();
        finishedBuild();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, String> site = TestSite.snapshotOf(out);
        int before = 0;
        int after = 0;
        int finished = 0;
        List<String> failures = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 1; i <= kills; i++) {
            edit(i);
            Process build = start();
            // Anywhere from the JVM's start to the removal of the previous site; every other kill in the last
            // fifth, where the site is written, swapped in and the previous one removed, which a build spends
            // little of its time on.
            double from = i % 2 == 0 ? 0.8 : 0;
            long wait = (long) ((from + random.nextDouble() * (1.1 - from)) * millis);
            Thread.sleep(wait);
            boolean alive = build.isAlive();
            build.destroyForcibly().waitFor();
            Map<String, String> left = TestSite.snapshotOf(out);
            finishedBuild();
            Map<String, String> next = TestSite.snapshotOf(out);
            if (next.equals(site)) {
                failures.add("kill " + i + ": the edit did not change the site");
            }
            if (!alive) {
                finished++;
                kinds.add(wait + " ms: finished");
            } else if (left.equals(site)) {
                before++;
                kinds.add(wait + " ms: previous");
            } else if (left.equals(next)) {
                after++;
                kinds.add(wait + " ms: new");
            } else {
                failures.add("kill " + i + " after " + wait + " ms: the output folder held neither site ("
                        + left.size() + " files)");
            }
            List<String> beside = leftBeside();
            if (!beside.isEmpty()) {
                failures.add("kill " + i + ": the next build left " + beside);
            }
            site = next;
        }
        return new Outcome(kills, before, after, finished, failures, millis, kinds);
    }

    /** Changes one playbook's text, as an author's save would. */
    private void edit(int round) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("content/en"))) {
            Path file = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            Files.writeString(file, Files.readString(file) + "\nEdited in round " + round + ".\n");
        }
    }

    private Process start() throws IOException {
        return command.apply(List.of("build", "--project", project.toString(), "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void finishedBuild() throws IOException, InterruptedException {
        Process build = command.apply(List.of("build", "--project", project.toString(), "--out", out.toString()))
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes());
        if (build.waitFor() != 0) {
            throw new IllegalStateException("a build left to finish failed:\n" + output);
        }
    }

    /**
     * Staging folders and previous sites beside the output folder. A big previous site may still be going: the
     * build handed it to {@code rm} as it exited, so that removal is given a minute to end first.
     */
    private List<String> leftBeside() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (besideOutput(".out.old-").size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<String> left = new ArrayList<>(besideOutput(".out.new-"));
        left.addAll(besideOutput(".out.old-"));
        return left;
    }

    private List<String> besideOutput(String prefix) throws IOException {
        try (Stream<Path> siblings = Files.list(project)) {
            return siblings.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(prefix)).sorted()
                    .toList();
        }
    }

    /**
     * The full kill test: {@code ./killtest [playbooks per language] [kills]}, by default 20 builds of the
     * 1,000-per-language benchmark site, each through {@code ./playbooks}.
     */
    public static void main(String[] args) throws Exception {
        int perLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        Path project = Path.of("target/kill/site-" + perLanguage);
        if (!Files.exists(project.resolve("content"))) {
            SyntheticSite.write(project, perLanguage, Path.of(""));
        }
        String launcher = Path.of("playbooks").toAbsolutePath().toString();
        long start = System.nanoTime();
        Outcome outcome = new Kills(project, arguments -> {
            List<String> line = new ArrayList<>(List.of("bash", launcher));
            line.addAll(arguments);
            return new ProcessBuilder(line);
        }).run(kills, seed);
        System.out.printf(Locale.ROOT, "%d pages per build, seed %d, %.0f s: %s%n", perLanguage * 2, seed,
                (System.nanoTime() - start) / 1e9, outcome);
        System.exit(outcome.failures().isEmpty() ? 0 : 1);
    }
}
