package dev.playbooks.pipeline;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.i18n.Messages;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.model.Language;
import dev.playbooks.model.TagPair;
import dev.playbooks.problem.Problem;
import dev.playbooks.render.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every page of a site shares: each language's UI strings, tag pairs and rules, the templates, each language's
 * Markdown engine (languages set quotation marks differently), the placeholder text of new playbooks, and the
 * problems found in them. Read again only when something outside {@code content/} changed or a language came or
 * went.
 *
 * @param tagPairs    the pairs of tags each language's UI strings file states, checked only when the site is linked,
 *                    as whether they hold depends on the playbooks
 * @param fingerprint what the templates, static files, UI strings and options were, which every page's
 *                    fingerprint includes: when they change, every page is new
 */
record Project(List<Language> languages, Map<Language, Messages> messages, Map<Language, LanguageRules> rules,
               Map<Language, List<TagPair>> tagPairs, TemplateEngine templates,
               Map<Language, MarkdownEngine> markdown,
               List<Problem> problems, Fingerprint fingerprint, Set<String> placeholders) {
    /** The Markdown engine of a language's pages. */
    MarkdownEngine markdown(Language language) {
        return markdown.get(language);
    }
}
