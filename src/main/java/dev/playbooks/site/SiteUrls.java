package dev.playbooks.site;

import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;

/**
 * Where every kind of page lives in the site: the one place that knows the URL scheme. A playbook is
 * {@code <lang>/<slug>/}, its language's lists are {@code <lang>/}, {@code <lang>/tags/}, {@code <lang>/tags/<tag>/}
 * and {@code <lang>/checklists/}, and page {@code n} of a long list is {@code <list>page/n/}. Pages link to each
 * other thousands of times per build, so each address is one concatenation.
 */
public final class SiteUrls {
    private SiteUrls() {
    }

    public static PageUrl root() {
        return new PageUrl("");
    }

    public static PageUrl rootNotFound() {
        return new PageUrl("404.html");
    }

    public static PageUrl home(Language language) {
        return new PageUrl(language.code() + "/");
    }

    public static PageUrl playbook(Playbook playbook) {
        return new PageUrl(playbook.language().code() + "/" + playbook.slug() + "/");
    }

    public static PageUrl tagIndex(Language language) {
        return new PageUrl(language.code() + "/tags/");
    }

    public static PageUrl tag(Tag tag) {
        return tag(tag.label());
    }

    public static PageUrl tag(TagLabel tag) {
        return new PageUrl(tag.language().code() + "/tags/" + tag.slug() + "/");
    }

    public static PageUrl checklists(Language language) {
        return new PageUrl(language.code() + "/checklists/");
    }

    /** A language's page of search results, in the folder of the text its search shows in snippets. */
    public static PageUrl searchResults(Language language) {
        return new PageUrl(language.code() + "/search/");
    }

    public static PageUrl notFound(Language language) {
        return new PageUrl(language.code() + "/404.html");
    }

    public static PageUrl feed(Language language) {
        return new PageUrl(language.code() + "/feed.xml");
    }

    /** Page {@code number} (1-based) of a list whose first page is {@code first}. */
    public static PageUrl listPage(PageUrl first, int number) {
        return number == 1 ? first : new PageUrl(first.path() + "page/" + number + "/");
    }
}
