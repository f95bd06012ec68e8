package dev.playbooks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds synthetic sites of the sizes given (playbooks per language) with the real command line, {@code ./playbooks}
 * and the JVM options it chooses, each in a cold JVM of its own, and prints wall time, pages per second and peak
 * memory (RSS) per size: the median of the runs. One untimed build comes first, as on an author's machine the first
 * run after a compile saves the class-data archive the later ones start from.
 * Then, per size, the search figures of the last build ({@link SearchBenchmark}), and what an author waits for in
 * {@code serve}: one playbook edited on disk until the site is rebuilt, and until the open page is told to
 * reload; last, the relevance suite on the real site against Pagefind ({@link RelevanceBenchmark}). The table's
 * builds are cold (no build cache); {@link CachedRebuild} then times a build with the cache after one edit. Run it with
 * {@code ./benchmark 1000 10000}; {@code ./benchmark search 10000} builds each size once and prints only the search
 * figures and the relevance suite, {@code ./benchmark relevance} only the suite. After the table, each size is
 * built by Hugo too, in turns with ours ({@link HugoComparison}); {@code ./benchmark hugo 1000} prints only that,
 * {@code ./benchmark cache 1000} only the cached rebuild, {@code ./benchmark serve 1000} only {@code serve}.
 */
public final class Benchmark {
    private static final int RUNS = 3;
    /** Where {@code ./playbooks build} keeps its cache by default, in the project. */
    static final String CACHE = "target/playbooks-cache";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("relevance")) {
            RelevanceBenchmark.print();
            return;
        }
        if (args.length > 0 && args[0].equals("hugo")) {
            HugoComparison.print(Path.of("target/bench"), preparedSizes(args));
            return;
        }
        if (args.length > 0 && args[0].equals("cache")) {
            CachedRebuild.print(Path.of("target/bench"), preparedSizes(args));
            return;
        }
        if (args.length > 0 && args[0].equals("serve")) {
            for (String size : java.util.Arrays.copyOfRange(args, 1, args.length)) {
                Path project = prepare(Path.of("target/bench"), Integer.parseInt(size));
                EditToRebuilt.measure(project, Integer.parseInt(size));
            }
            return;
        }
        if (args.length > 0 && args[0].equals("search")) {
            searchOnly(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path work = Path.of("target/bench");
        System.out.printf(Locale.ROOT, "%-10s %-8s %10s %12s %14s%n", "per lang", "pages", "wall (s)", "pages/s",
                "peak RSS (MiB)");
        List<Path> projects = new ArrayList<>();
        for (String arg : args) {
            int perLanguage = Integer.parseInt(arg);
            Path project = prepare(work, perLanguage);
            projects.add(project);
            build(project);
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(build(project));
            }
            runs.sort((a, b) -> Long.compare(a.millis, b.millis));
            Run median = runs.get(RUNS / 2);
            int pages = perLanguage * 2;
            System.out.printf(Locale.ROOT, "%-10d %-8d %10.2f %12.0f %14.0f%n", perLanguage, pages,
                    median.millis / 1000.0, pages / (median.millis / 1000.0), median.peakKib / 1024.0);
        }
        CachedRebuild.print(work, args);
        HugoComparison.print(work, args);
        withImages(work, Integer.parseInt(args[0]));
        for (int i = 0; i < args.length; i++) {
            SearchBenchmark.print(projects.get(i).resolve("out"), Integer.parseInt(args[i]));
        }
        for (String arg : args) {
            EditToRebuilt.measure(work.resolve("site-" + arg), Integer.parseInt(arg));
        }
        RelevanceBenchmark.print();
    }

    /** The sizes after a command's name, each size's site written if it is not there yet. */
    private static String[] preparedSizes(String[] args) throws IOException {
        String[] sizes = java.util.Arrays.copyOfRange(args, 1, args.length);
        for (String size : sizes) {
            prepare(Path.of("target/bench"), Integer.parseInt(size));
        }
        return sizes;
    }

    /** The search figures of each size, from one build each, then the relevance suite. */
    private static void searchOnly(String[] sizes) throws Exception {
        Path work = Path.of("target/bench");
        for (String size : sizes) {
            int perLanguage = Integer.parseInt(size);
            Path project = prepare(work, perLanguage);
            build(project);
            SearchBenchmark.print(project.resolve("out"), perLanguage);
        }
        RelevanceBenchmark.print();
    }

    /** The synthetic site of that size, written the first time, with this checkout's theme. */
    private static Path prepare(Path work, int perLanguage) throws IOException {
        Path project = work.resolve("site-" + perLanguage);
        if (!Files.exists(project.resolve("content"))) {
            SyntheticSite.write(project, perLanguage, Path.of(""));
        } else {
            SyntheticSite.copyTheme(project, Path.of(""));
        }
        return project;
    }

    record Run(long millis, long peakKib) {
    }

    /** The first size again with a picture in every playbook, against the same site without, in turns. */
    private static void withImages(Path work, int perLanguage) throws IOException, InterruptedException {
        Path plain = work.resolve("site-" + perLanguage);
        Path pictured = work.resolve("site-" + perLanguage + "-images");
        if (!Files.exists(pictured.resolve("content"))) {
            SyntheticSite.withImages(plain, pictured);
        } else {
            SyntheticSite.copyTheme(pictured, Path.of(""));
        }
        build(pictured);
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            without.add(build(plain).millis);
            with.add(build(pictured).millis);
        }
        without.sort(null);
        with.sort(null);
        long a = without.get(RUNS / 2);
        long b = with.get(RUNS / 2);
        System.out.printf(Locale.ROOT, "%nwith a picture in each playbook (5 distinct, 2 of them 2000 px wide): "
                + "%.2f s against %.2f s without (%+.1f %%)%n", b / 1000.0, a / 1000.0, 100.0 * (b - a) / a);
    }

    /**
     * One cold build in a fresh JVM: without the build cache the last one left, as CI builds a commit with no cache
     * to restore (the build still writes one). Peak RSS is the kernel's high-water mark, read while the process runs.
     */
    static Run build(Path project) throws IOException, InterruptedException {
        HugoSite.deleteTree(project.resolve(CACHE));
        return rebuild(project);
    }

    /** One build in a fresh JVM with the build cache the last build left. */
    static Run rebuild(Path project) throws IOException, InterruptedException {
        awaitPreviousSitesRemoved(project);
        // The launcher execs java, so the process measured is the JVM itself.
        return measure(new ProcessBuilder("bash", Path.of("playbooks").toAbsolutePath().toString(),
                "build", "--project", project.toString(), "--out", project.resolve("out").toString()));
    }

    /** Runs the command to its end, timed, with the peak RSS of its process; a failure stops the benchmark. */
    static Run measure(ProcessBuilder builder) throws IOException, InterruptedException {
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        Path status = Path.of("/proc/" + process.pid() + "/status");
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(status));
            Thread.sleep(5);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", builder.command()) + " failed with exit "
                    + process.exitValue());
        }
        return new Run(millis, peak);
    }

    /**
     * A build leaves the site it replaced to {@code rm} in the background; each build is timed alone, not competing
     * with the removal of the one before for the disk.
     */
    private static void awaitPreviousSitesRemoved(Path project) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (var siblings = Files.list(project)) {
                if (siblings.noneMatch(path -> path.getFileName().toString().startsWith(".out.old-"))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between two reads.
        }
        return 0;
    }
}
