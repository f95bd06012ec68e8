package dev.playbooks.serve;

import dev.playbooks.content.ProjectLayout;
import dev.playbooks.pipeline.BuildOptions;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.pipeline.Pipeline;
import dev.playbooks.problem.Problem;
import dev.playbooks.serve.DevServer;
import dev.playbooks.serve.FolderWatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code serve}: builds the site once, serves it, and on every change to {@code content/}, {@code templates/} or
 * {@code i18n/} updates it through {@link Pipeline#update} and tells the open pages to reload. A failed build
 * shows its problems in the browser until the next build succeeds; nothing an author writes stops the server.
 */
public final class LivePreview implements AutoCloseable {
    /**
     * Editors save in steps (write, rename, touch); a batch is built once changes pause this long. The steps of one
     * save follow each other within a millisecond or two, and a step that still misses the batch costs only a
     * second, small update; every millisecond here is one the author waits after each save.
     */
    private static final Duration QUIET = Duration.ofMillis(10);

    private final Pipeline builder;
    private final DevServer server;
    private final Consumer<BuildResult> report;
    private FolderWatcher watcher;
    private BuildResult last;

    private LivePreview(Pipeline builder, DevServer server, Consumer<BuildResult> report) {
        this.builder = builder;
        this.server = server;
        this.report = report;
    }

    /**
     * Starts the server on {@code address}:{@code port} (0 picks a free port), builds the site into
     * {@code options.output()} with the server's own address as base URL unless the options name one, and starts
     * watching. {@code report} hears how each build went.
     *
     * @throws dev.playbooks.output.UnsafeOutputException when the output folder is not a safe place for a site
     */
    public static LivePreview start(BuildOptions options, InetAddress address, int port,
                                    Consumer<BuildResult> report) throws IOException {
        DevServer server = DevServer.start(options.output(), address, port);
        try {
            BuildOptions served = options.baseUrl().isPresent() ? options
                    : options.withBaseUrl(server.address().toString());
            LivePreview preview = new LivePreview(new Pipeline(served.withWrite(true)).keepingSnapshots(), server, report);
            preview.buildAndWatch(ProjectLayout.at(options.projectRoot()));
            return preview;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Watches first and builds second, so that nothing saved during the first build is missed: the watcher's
     * first batch waits for the lock until the build is done.
     */
    private synchronized void buildAndWatch(ProjectLayout layout) throws IOException {
        watcher = FolderWatcher.start(List.of(layout.content(), layout.templates(), layout.i18n()), QUIET,
                this::rebuild);
        try {
            show(builder.run());
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
    }

    public URI address() {
        return server.address();
    }

    /** How many open pages are listening for reloads now. */
    public int openPages() {
        return server.openReloadStreams();
    }

    /** One rebuild at a time: a builder is not made to run on two threads at once. */
    private synchronized void rebuild(FolderWatcher.Changes changes) {
        BuildResult result;
        try {
            result = changes.lost() ? builder.run() : builder.update(changes.paths());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A bug or a disk problem, not the author's content: say so, and keep serving.
            result = new BuildResult(false, List.of(Problem.error("", 0, 0, "internal error while rebuilding: " + e,
                    "this is a bug in playbooks or a problem with the disk; the server keeps running")),
                    java.util.Map.of(), 0, 0);
        }
        show(result);
    }

    private void show(BuildResult result) {
        BuildResult before = last;
        last = result;
        server.showProblems(result.succeeded() ? List.of() : result.problems());
        if (before == null || seenDifferently(before, result)) {
            report.accept(result);
            server.reload();
        }
    }

    /**
     * Whether the open pages would look different: an editor's swap file or a save without changes rebuilds
     * nothing, and reloading the page then would only lose the reader's place.
     */
    private static boolean seenDifferently(BuildResult before, BuildResult now) {
        if (before.succeeded() != now.succeeded()) {
            return true;
        }
        return now.succeeded() ? now.filesWritten() > 0 : !now.problems().equals(before.problems());
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
