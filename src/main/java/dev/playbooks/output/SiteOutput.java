package dev.playbooks.output;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.io.OutputStream;

/**
 * Where a run of the pipeline writes the site: a fresh folder swapped in when the run succeeds
 * ({@link OutputFolder}), the folder {@code serve} keeps up to date in place ({@link LiveFolder}), or nowhere
 * ({@link #NOWHERE}, for {@code check}).
 */
public interface SiteOutput extends SiteWriter {
    SiteOutput NOWHERE = new SiteOutput() {
        @Override
        public OutputStream create(String sitePath) {
            return OutputStream.nullOutputStream();
        }

        @Override
        public void delete(String sitePath) {
        }

        @Override
        public boolean inPlace() {
            return false;
        }

        @Override
        public boolean writes() {
            return false;
        }

        @Override
        public void commit() {
        }

        @Override
        public void discard() {
        }

        @Override
        public int filesWritten() {
            return 0;
        }
    };

    /** Removes a file of the site that no longer exists, and the folders it leaves empty. */
    void delete(String sitePath) throws IOException;

    /** Whether files are written over the site readers see now, so that what is not written again stays. */
    boolean inPlace();

    /** False when nothing written is kept. */
    default boolean writes() {
        return true;
    }

    /**
     * Takes the file the site readers see now holds at {@code sitePath} into this output, if it holds one, and says
     * whether it did. Only for files whose name changes whenever their bytes would (a photo's smaller copy, named
     * after the photo's hash), so that a build does not make again what the last one made.
     */
    default boolean reuse(String sitePath) throws IOException {
        return false;
    }

    /**
     * Takes the file the site readers see now holds at {@code sitePath} into this output unchanged: for a file the
     * run knows to be as it would write it. In place, it is there already.
     *
     * @throws OutputFolder.NotInPreviousSite when the site readers see has no such file
     */
    default void keep(String sitePath) throws IOException {
    }

    /**
     * Starts making the folders the files at {@code sitePaths} go into, while the caller does other work: making a
     * folder mostly waits for the disk, and a site has about one per page.
     */
    default void prepare(List<String> sitePaths) {
    }

    /** Starts making the folders the site readers see now has, for a build that will keep most of its files. */
    default void prepareLikePreviousSite() {
    }

    /** The identity of the site readers see now, as its folder states it; empty when it states none. */
    default Optional<String> previousSite() {
        return Optional.empty();
    }

    /** Makes what was written the site; the output must not be written to afterwards. */
    void commit() throws IOException;

    /** Gives up what was written, where that is possible; after a failed run. */
    void discard();

    int filesWritten();
}
