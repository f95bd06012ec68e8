package dev.playbooks.pipeline;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.i18n.Messages;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.model.Language;
import dev.playbooks.problem.Problem;
import dev.playbooks.render.TemplateEngine;
import java.util.List;
import java.util.Map;

/**
 * What every page of a site shares: each language's UI strings and rules, the templates, the Markdown engine, and
 * the problems found in them. Read again only when something outside {@code content/} changed or a language came
 * or went.
 *
 * @param fingerprint what the templates, static files, UI strings and options were, which every page's
 *                    fingerprint includes: when they change, every page is new
 */
record Project(List<Language> languages, Map<Language, Messages> messages, Map<Language, LanguageRules> rules,
               TemplateEngine templates, MarkdownEngine markdown, List<Problem> problems, Fingerprint fingerprint) {
}
