package dev.playbooks.pipeline;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.render.Views;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.SiteUrls;
import dev.playbooks.site.SiteView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every page shares around its own content, as its layout gets it: the head (title, description, canonical
 * URL, the page's versions in other languages, Open Graph locales), the header's links and language switcher, and
 * the search box. The site is asked only through the {@link SiteView} each page is assembled with.
 */
final class PageFrame {
    private static final String ASSETS = "assets/";
    private static final String STYLESHEET = "site.css";

    private final Hrefs hrefs;
    private final Map<Language, LanguageRules> rules;
    private final Texts texts;

    PageFrame(Hrefs hrefs, Map<Language, LanguageRules> rules, Texts texts) {
        this.hrefs = hrefs;
        this.rules = rules;
        this.texts = texts;
    }

    /**
     * Where the search script and every language's index are, seen from this page. Pages that are files (the
     * not-found pages) are served at any address, so their links are made as their other links are.
     */
    Views.Search search(SiteView site, Language language, PageUrl url) {
        Function<PageUrl, String> link = url.isFolder() ? to -> hrefs.relative(url, to)
                : to -> hrefs.fromAnywhere(url, to);
        List<Views.SearchLanguage> languages = new ArrayList<>();
        for (Language other : site.languages()) {
            languages.add(new Views.SearchLanguage(other.code(), rules.get(other).nativeName(),
                    rules.get(language).nameOf(other), link.apply(new PageUrl(SearchIndexes.indexFile(other))),
                    link.apply(SiteUrls.searchResults(other)), other.equals(language)));
        }
        return new Views.Search(link.apply(new PageUrl(SearchIndexes.SCRIPT)),
                link.apply(new PageUrl(SearchIndexes.indexFile(language))),
                link.apply(SiteUrls.searchResults(language)), languages);
    }

    Views.Page page(SiteView site, String kind, Language language, PageUrl url, String title, String description,
                    Function<PageUrl, String> link, Function<Language, Optional<PageUrl>> versionIn) {
        // The root page is in no language: each language's version of it is that language's home.
        boolean neutral = kind.equals("root");
        List<Views.Alternate> alternates = new ArrayList<>();
        List<Views.LanguageChoice> choices = new ArrayList<>();
        for (Language other : site.languages()) {
            Optional<PageUrl> version = other.equals(language) && !neutral ? Optional.of(url)
                    : versionIn.apply(other);
            version.ifPresent(v -> alternates.add(new Views.Alternate(other.code(), hrefs.absolute(v))));
            String theirName = rules.get(other).nameOf(other);
            choices.add(new Views.LanguageChoice(other.code(), rules.get(other).nativeName(),
                    rules.get(language).nameOf(other), version.map(link).orElse(""),
                    link.apply(SiteUrls.home(other)), other.equals(language),
                    texts.format(other, "language.missing", Map.of("language", theirName)),
                    texts.format(other, "language.home", Map.of("language", theirName))));
        }
        // What a reader of another language sees when this page has no version for them: their own language.
        Optional<PageUrl> defaultVersion = versionIn.apply(site.defaultLanguage());
        PageUrl xDefault = language.equals(site.defaultLanguage()) || neutral ? url : defaultVersion.orElse(url);
        alternates.add(new Views.Alternate("x-default", hrefs.absolute(xDefault)));
        List<String> alternateLocales = alternates.stream().map(Views.Alternate::hreflang)
                .filter(code -> !code.equals("x-default") && !code.equals(language.code()))
                .map(code -> rules.get(new Language(code)).territoryLocale()).toList();
        // A site opened from disk has no address to name: no canonical or alternate address beats a wrong one.
        boolean addressed = hrefs.knowsAddress();
        return new Views.Page(kind, language.code(), rules.get(language).territoryLocale(), alternateLocales, title,
                description, texts.format(language, "site.title"), addressed ? hrefs.absolute(url) : "",
                link.apply(SiteUrls.home(language)), link.apply(SiteUrls.tagIndex(language)),
                link.apply(SiteUrls.checklists(language)), link.apply(SiteUrls.feed(language)),
                assets(link), addressed ? alternates : List.of(), choices);
    }

    /** The folder of the site's own files as seen from a page: the link to one of them, less its name. */
    private static String assets(Function<PageUrl, String> link) {
        String stylesheet = link.apply(new PageUrl(ASSETS + STYLESHEET));
        return stylesheet.substring(0, stylesheet.length() - STYLESHEET.length());
    }

}
