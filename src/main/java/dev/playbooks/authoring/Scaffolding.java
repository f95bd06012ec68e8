package dev.playbooks.authoring;

import dev.playbooks.content.ContentTree;
import dev.playbooks.content.PageSource;
import dev.playbooks.content.PlaybookFile;
import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.SourceReader;
import dev.playbooks.content.UiStringReader;
import dev.playbooks.i18n.MessageCatalog;
import dev.playbooks.i18n.Messages;
import dev.playbooks.i18n.Slugs;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.SourceVersions;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts playbooks for authors: {@code new} writes a playbook with complete front matter and a checklist
 * skeleton, in the language's own words (from {@code i18n/}); {@code translate} copies an existing playbook into
 * another language as a draft that records the version of its source. Neither ever overwrites a file.
 */
public final class Scaffolding {
    private static final int CHECKLIST_STEPS = 3;
    /** An inline link or a link reference definition to a relative {@code .md} file. */
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("(\\]\\(|^\\s{0,3}\\[[^\\]]+\\]:\\s*)([^)\\s#?:/][^)\\s#?:]*\\.md)([#?][^)\\s]*)?",
                    Pattern.MULTILINE);

    private final ProjectLayout layout;
    private final LocalDate today;

    /** Why a playbook was not started, with how to get it right; the command line calls it a usage error. */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final String hint;

        Refusal(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** What was written, and for a translation which version of which file it starts from. */
    public record Written(String file, Optional<String> source, Optional<SourceVersion> from) {
    }

    public Scaffolding(Path projectRoot, LocalDate today) {
        this.layout = ProjectLayout.at(projectRoot);
        this.today = today;
    }

    /** Writes {@code content/<lang>/<slug>.md}: a draft with every front matter key and a checklist. */
    public Written newPlaybook(String code, String slug) throws Refusal, IOException {
        Language language = language(code);
        checkSlug(slug);
        Messages text = messages(language);
        refuseExisting(language, slug);
        List<PageSource> existing = playbooks(language);
        for (PageSource other : existing) {
            if (other.meta().translationKey().equals(slug)) {
                throw new Refusal("translationKey '" + slug + "' is already used by " + other.source().display(),
                        "choose another name, or use 'playbooks translate' to translate that playbook");
            }
        }
        StringBuilder body = new StringBuilder();
        body.append(text.format("scaffold.intro", Map.of())).append("\n\n");
        body.append("## ").append(text.format("scaffold.section", Map.of())).append("\n\n");
        body.append(text.format("scaffold.sectionText", Map.of())).append("\n\n");
        body.append("## ").append(text.format("scaffold.checklist", Map.of())).append("\n\n");
        for (int step = 1; step <= CHECKLIST_STEPS; step++) {
            body.append("- [ ] ").append(text.format("scaffold.step", Map.of("number", step))).append('\n');
        }
        List<String> audience = text.keys().stream().filter(key -> key.startsWith("audience."))
                .map(key -> key.substring("audience.".length())).sorted().toList();
        int weight = existing.stream().mapToInt(page -> page.meta().weight()).max().orElse(0) + 10;
        PlaybookFile file = new PlaybookFile(titleOf(slug), text.format("scaffold.summary", Map.of()), slug,
                List.of(), audience, today, weight, true, Optional.empty(), body.toString());
        return new Written(write(file, language, slug), Optional.empty(), Optional.empty());
    }

    /**
     * Starts a translation of the playbook {@code slug} (found in {@code from}, or in the only language that has
     * it) into {@code to}, as {@code content/<to>/<as>.md}: the source's text to translate in place, its links
     * pointing at the translations of their targets where those exist, and {@code translatedFrom} recording the
     * source's current version.
     */
    public Written translate(String slug, Optional<String> from, String to, Optional<String> as)
            throws Refusal, IOException {
        Language target = language(to);
        checkSlug(slug);
        PageSource source = findSource(slug, from);
        Language sourceLanguage = source.source().language();
        if (sourceLanguage.equals(target)) {
            throw new Refusal(source.source().display() + " is already in '" + to + "'",
                    "name another language with --to");
        }
        String key = source.meta().translationKey();
        List<PageSource> targetPlaybooks = playbooks(target);
        for (PageSource other : targetPlaybooks) {
            if (other.meta().translationKey().equals(key)) {
                throw new Refusal(other.source().display() + " already translates " + source.source().display()
                        + " (translationKey '" + key + "')",
                        "edit that file; 'playbooks translations' shows whether it is up to date");
            }
        }
        String targetSlug = as.orElse(slug);
        checkSlug(targetSlug);
        refuseExisting(target, targetSlug);
        SourceVersion version = SourceVersions.of(sourceLanguage, source.meta(), source.body());
        PlaybookFile file = new PlaybookFile(source.meta().title(), source.meta().summary(), key,
                source.meta().tags(), source.meta().audience(), today, source.meta().weight(), true,
                Optional.of(version), relinked(source, targetSlug, targetPlaybooks));
        String written = write(file, target, targetSlug);
        return new Written(written, Optional.of(source.source().display()), Optional.of(version));
    }

    private Language language(String code) throws Refusal {
        if (Files.isRegularFile(layout.i18n().resolve(code + ".yaml")) && Slugs.isSlug(code)) {
            return new Language(code);
        }
        throw new Refusal("there is no language '" + code + "' (no i18n/" + code + ".yaml)",
                "use one of " + languages() + ", or add i18n/" + code + ".yaml first");
    }

    private List<String> languages() throws Refusal {
        try (var files = Files.list(layout.i18n())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new Refusal("there is no i18n/ folder in " + layout.root(), "run this in a playbooks project, "
                    + "or pass --project");
        }
    }

    private static void checkSlug(String slug) throws Refusal {
        if (!Slugs.isSlug(slug)) {
            String suggestion = Slugs.slugify(slug);
            throw new Refusal("'" + slug + "' cannot be used as a file name and URL as it is",
                    "use lower-case letters, digits and hyphens" + (suggestion.isEmpty() ? ""
                            : ", e.g. '" + suggestion + "'"));
        }
    }

    /** The UI strings of one language, for the placeholder text. */
    private Messages messages(Language language) throws Refusal {
        Problems problems = new Problems();
        Path file = layout.i18n().resolve(language.code() + ".yaml");
        Messages messages = MessageCatalog.compile(
                Map.of(language, UiStringReader.read(file, layout, problems)),
                Map.of(language, layout.display(file)), problems).get(language);
        for (String key : List.of("scaffold.intro", "scaffold.section", "scaffold.sectionText", "scaffold.checklist",
                "scaffold.step", "scaffold.summary")) {
            if (!messages.has(key)) {
                throw new Refusal("UI string '" + key + "' is missing in " + layout.display(file),
                        "copy the scaffold: section from i18n/en.yaml and translate it");
            }
        }
        return messages;
    }

    /** The playbooks of a language as far as they can be read (problems are for the build to report). */
    private List<PageSource> playbooks(Language language) throws IOException {
        ContentTree tree = ContentTree.scan(layout, new Problems());
        List<PageSource> pages = new ArrayList<>();
        for (SourceFile file : tree.playbooks(language)) {
            SourceReader.read(file, new Problems()).ifPresent(pages::add);
        }
        return pages;
    }

    private PageSource findSource(String slug, Optional<String> from) throws Refusal, IOException {
        List<Path> found = new ArrayList<>();
        for (String code : from.isPresent() ? List.of(language(from.get()).code()) : languages()) {
            Path file = layout.content().resolve(code).resolve(slug + ".md");
            if (Files.isRegularFile(file)) {
                refuseOutside(file);
                found.add(file);
            }
        }
        if (found.isEmpty()) {
            throw new Refusal("there is no playbook '" + slug + ".md' in "
                    + from.map(code -> "content/" + code + "/").orElse("content/"),
                    "name the file without .md, as it is in content/<lang>/");
        }
        if (found.size() > 1) {
            throw new Refusal("'" + slug + ".md' exists in more than one language: "
                    + found.stream().map(layout::display).toList(), "say which one with --from");
        }
        Path file = found.get(0);
        Language language = new Language(file.getParent().getFileName().toString());
        Problems problems = new Problems();
        Optional<PageSource> source = SourceReader.read(new SourceFile(file, layout.display(file), language, slug),
                problems);
        if (source.isEmpty()) {
            Problem first = problems.sorted().get(0);
            throw new Refusal("the source cannot be read: " + first.format(), "fix it first; 'playbooks check' "
                    + "lists every problem");
        }
        return source.get();
    }

    /**
     * The source's body with each link to another playbook pointing at that playbook's translation in the target
     * language, or, where there is none yet, at the source language's page.
     */
    private String relinked(PageSource source, String targetSlug, List<PageSource> targetPlaybooks) {
        Path folder = source.source().path().getParent();
        Matcher link = MARKDOWN_LINK.matcher(source.body());
        StringBuilder body = new StringBuilder();
        while (link.find()) {
            Path linked = folder.resolve(link.group(2)).normalize();
            Optional<String> translated = linked.equals(source.source().path().normalize())
                    ? Optional.of(targetSlug + ".md")
                    : translationOf(linked, source.source().language(), targetPlaybooks);
            String replacement = translated
                    .orElse("../" + source.source().language().code() + "/" + folder.relativize(linked)
                            .toString().replace('\\', '/'));
            link.appendReplacement(body, Matcher.quoteReplacement(link.group(1) + replacement
                    + (link.group(3) == null ? "" : link.group(3))));
        }
        link.appendTail(body);
        return body.toString();
    }

    private Optional<String> translationOf(Path linked, Language language, List<PageSource> targetPlaybooks) {
        if (!isInsideContent(linked)) {
            return Optional.empty();
        }
        Problems ignored = new Problems();
        String name = linked.getFileName().toString();
        return SourceReader.read(new SourceFile(linked, layout.display(linked), language,
                        name.substring(0, name.length() - ".md".length())), ignored)
                .flatMap(page -> targetPlaybooks.stream()
                        .filter(other -> other.meta().translationKey().equals(page.meta().translationKey()))
                        .findFirst())
                .map(other -> other.source().path().getFileName().toString());
    }

    /** A source that is a link to a file outside the project is not read: its text would land in content/. */
    private void refuseOutside(Path file) throws Refusal {
        if (!isInsideContent(file)) {
            throw new Refusal(layout.display(file) + " links to a place outside the project",
                    "replace the link with the file itself");
        }
    }

    private boolean isInsideContent(Path file) {
        try {
            return file.toRealPath().startsWith(layout.content().toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Path file(Language language, String slug) {
        return layout.content().resolve(language.code()).resolve(slug + ".md");
    }

    /** Says so early when the file exists; writing refuses it again, should one appear in between. */
    private void refuseExisting(Language language, String slug) throws Refusal {
        if (Files.exists(file(language, slug), LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(file(language, slug));
        }
    }

    private Refusal alreadyExists(Path path) {
        return new Refusal(layout.display(path) + " already exists; it was left as it is",
                "choose another name, or edit the file");
    }

    private String write(PlaybookFile file, Language language, String slug) throws Refusal, IOException {
        Path path = file(language, slug);
        try {
            file.writeNew(path);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(path);
        }
        return layout.display(path);
    }

    /** "trust-at-work" becomes "Trust at work": a title to start from. */
    private static String titleOf(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
