package dev.playbooks.model;

/**
 * Where a page lives in the site, as a site-relative folder such as {@code nl/professionele-autonomie/}
 * (empty for the root); the page itself is that folder's {@code index.html}. A few pages are files
 * ({@code 404.html}): their path does not end in a slash.
 */
public record PageUrl(String path) {

    public static PageUrl folder(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append(segment).append('/');
        }
        return new PageUrl(path.toString());
    }

    public boolean isFolder() {
        return path.isEmpty() || path.endsWith("/");
    }

    /** The file that holds the page, relative to the site root. */
    public String file() {
        return isFolder() ? path + "index.html" : path;
    }

    /** The folder the page's relative links start from. */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}
