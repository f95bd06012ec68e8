package dev.playbooks.site;

import dev.playbooks.model.PageUrl;

/** Writes the relative link from one page to another, and absolute URLs for feeds, sitemaps and canonicals. */
public final class Hrefs {
    private final LinkStyle style;
    private final String baseUrl;

    /** @param baseUrl absolute, ending in a slash */
    public Hrefs(LinkStyle style, String baseUrl) {
        this.style = style;
        this.baseUrl = baseUrl;
    }

    /**
     * The link from one page to another: up from {@code from}'s folder to the folders both share, then down to
     * {@code to}. Every page of a site asks this for each link it shows, so it walks the two paths once rather than
     * splitting them.
     */
    public String relative(PageUrl from, PageUrl to) {
        String fromFolder = from.directory();
        String toPath = to.path();
        // Of a file, only its folder can be shared; of a folder, all of it.
        int toFolderEnd = to.isFolder() ? toPath.length() : toPath.lastIndexOf('/') + 1;
        int shared = 0;
        int limit = Math.min(fromFolder.length(), toFolderEnd);
        for (int i = 0; i < limit && fromFolder.charAt(i) == toPath.charAt(i); i++) {
            if (toPath.charAt(i) == '/') {
                shared = i + 1;
            }
        }
        StringBuilder href = new StringBuilder(toPath.length() + 16);
        for (int i = shared; i < fromFolder.length(); i++) {
            if (fromFolder.charAt(i) == '/') {
                href.append("../");
            }
        }
        href.append(toPath, shared, toPath.length());
        if (to.isFolder()) {
            if (style == LinkStyle.INDEX_FILE) {
                href.append("index.html");
            } else if (href.length() == 0) {
                href.append("./");
            }
        }
        return href.toString();
    }

    /** A link to a file of the site, such as a stylesheet; never rewritten to a folder. */
    public String file(PageUrl from, String sitePath) {
        return relative(from, new PageUrl(sitePath));
    }

    /**
     * A link from a page that is served at whatever address was missing (a not-found page): absolute on a site that
     * knows its address; relative to the page's own file on a site opened from disk, where that file is all a
     * reader can open.
     */
    public String fromAnywhere(PageUrl from, PageUrl to) {
        return style == LinkStyle.INDEX_FILE ? relative(from, to) : absolute(to);
    }

    /** Whether the site knows the address it is published at; a site built to be opened from disk does not. */
    public boolean knowsAddress() {
        return style != LinkStyle.INDEX_FILE;
    }

    public String absolute(PageUrl page) {
        return baseUrl + page.path();
    }

    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
