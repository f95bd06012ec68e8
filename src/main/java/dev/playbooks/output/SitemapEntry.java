package dev.playbooks.output;

import java.util.Map;

/** A page of the sitemap with its versions in other languages (hreflang → absolute URL, itself included). */
public record SitemapEntry(String url, Map<String, String> alternates) {
}
