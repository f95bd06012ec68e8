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

    public String relative(PageUrl from, PageUrl to) {
        String[] fromDirs = segments(from.directory());
        String[] toParts = segments(to.path());
        int common = 0;
        while (common < fromDirs.length && common < toParts.length - (to.isFolder() ? 0 : 1)
                && fromDirs[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < fromDirs.length; i++) {
            href.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            href.append(toParts[i]);
            if (i < toParts.length - 1 || to.isFolder()) {
                href.append('/');
            }
        }
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

    public String absolute(PageUrl page) {
        return baseUrl + page.path();
    }

    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    private static String[] segments(String path) {
        return path.isEmpty() ? new String[0] : path.split("/");
    }
}
