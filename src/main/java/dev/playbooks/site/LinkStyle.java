package dev.playbooks.site;

/** How links between pages are written: both are relative, so a site works under any path. */
public enum LinkStyle {
    /** {@code ../trust/}: clean URLs for a site on a web server. */
    DIRECTORY,
    /** {@code ../trust/index.html}: links that also work when the site is opened from disk. */
    INDEX_FILE
}
