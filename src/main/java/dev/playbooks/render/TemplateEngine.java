package dev.playbooks.render;

import dev.playbooks.i18n.Messages;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Suggestions;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker, configured so that a template can neither run code nor leak a stack trace into a page: HTML
 * auto-escaping, no {@code ?new} of arbitrary classes, no {@code ?api}, data seen only through an allow-list
 * ({@link ViewWrapper}), a budget of time and size per page ({@link PageBudget}), and every error reported as
 * {@code templates/x.ftlh:line:col}, naming what the template may use where it asked for something else.
 */
public final class TemplateEngine {
    /** The names a template could have used where it failed, found while the failing place is still current. */
    private static final ThreadLocal<List<String>> KNOWN_AT_FAILURE = new ThreadLocal<>();

    private final Configuration configuration;
    private final String displayFolder;
    private final List<String> machinePaths = new ArrayList<>();

    /** @param displayFolder how problems name the templates folder, e.g. {@code templates} */
    public TemplateEngine(Path folder, String displayFolder) throws IOException {
        this.displayFolder = displayFolder;
        Configuration config = new InterruptibleTemplates();
        config.setDirectoryForTemplateLoading(folder.toFile());
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateEngine::noteAndRethrow);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocalizedLookup(false);
        config.setObjectWrapper(new ViewWrapper());
        this.configuration = config;
        machinePaths.add(folder.toAbsolutePath().normalize().toString());
        try {
            machinePaths.add(folder.toRealPath().toString());
        } catch (IOException e) {
            // A folder that does not exist has no other name.
        }
    }

    /**
     * Called by FreeMarker at the failing instruction, before the stack unwinds: the variables known there are
     * what a "did you mean" for a missing name chooses from.
     */
    private static void noteAndRethrow(TemplateException failure, Environment environment, Writer out)
            throws TemplateException {
        if (failure instanceof InvalidReferenceException) {
            try {
                Set<?> names = environment.getKnownVariableNames();
                List<String> known = new ArrayList<>();
                Set<?> shared = environment.getConfiguration().getSharedVariableNames();
                names.forEach(name -> {
                    if (!shared.contains(String.valueOf(name))) {
                        known.add(String.valueOf(name));
                    }
                });
                known.sort(null);
                KNOWN_AT_FAILURE.set(known);
            } catch (TemplateModelException e) {
                // The message then goes without the list.
            }
        }
        throw failure;
    }

    /** Loads and parses a template now, so a syntax error is reported even for a template no page uses. */
    public void check(String name) throws TemplateFailure {
        template(name);
    }

    /**
     * Renders {@code name} with {@code model} within the page budget; the template also sees {@code t(...)} for
     * the UI strings of {@code messages}' language, and returns the page: a page is only ever written whole.
     */
    public String render(String name, Map<String, Object> model, Messages messages) throws TemplateFailure {
        Template template = template(name);
        Map<String, Object> data = new HashMap<>(model);
        data.put("t", new TranslateFunction(messages));
        PageBudget.Output page = new PageBudget.Output();
        KNOWN_AT_FAILURE.remove();
        try (PageBudget budget = new PageBudget()) {
            try {
                template.process(data, page);
            } catch (TemplateException e) {
                throw failure(e, name, budget.over());
            } catch (PageBudget.TooLarge e) {
                throw new TemplateFailure(Problem.error(displayFolder + "/" + name, 0, 0,
                        "the page grew larger than " + PageBudget.MAX_CHARACTERS / (1024 * 1024) + " MiB",
                        "look for a #list or #macro that does not end"));
            } catch (RuntimeException e) {
                if (!budget.over()) {
                    throw e;
                }
                throw overTime(name);
            } catch (StackOverflowError e) {
                throw new TemplateFailure(Problem.error(displayFolder + "/" + name, 0, 0,
                        "the template calls itself without end", "look for a #macro or #include that calls itself"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            KNOWN_AT_FAILURE.remove();
        }
        return page.text();
    }

    private TemplateFailure overTime(String name) {
        return new TemplateFailure(Problem.error(displayFolder + "/" + name, 0, 0,
                "the template took more than " + PageBudget.TIME.toSeconds() + " s for one page",
                "look for a #list over a range without end, or a #macro that calls itself"));
    }

    private TemplateFailure failure(TemplateException e, String name, boolean overTime) {
        if (overTime) {
            return overTime(name);
        }
        String file = display(e.getTemplateSourceName(), name);
        int line = number(e.getLineNumber());
        int column = number(e.getColumnNumber());
        RecordModel.UnknownField field = unknownField(e);
        if (field != null) {
            return new TemplateFailure(Problem.error(file, line, column, field.problem(askedFor(e, field.key())),
                    field.hint()));
        }
        String message = scrub(summary(e.getMessageWithoutStackTop()));
        String hint = scrub(tip(e.getMessageWithoutStackTop()));
        List<String> known = KNOWN_AT_FAILURE.get();
        String blamed = e.getBlamedExpressionString();
        if (known != null && blamed != null && blamed.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            String nearest = Suggestions.nearest(blamed, known);
            hint = "here the template may use " + known + (nearest == null ? "" : "; did you mean '" + nearest + "'?");
        }
        return new TemplateFailure(Problem.error(file, line, column, message, hint));
    }

    /**
     * The expression that asked for a missing field ({@code playbook.titel}), as written in the failing instruction:
     * FreeMarker blames no expression when a data model refuses a name.
     */
    private String askedFor(TemplateException e, String key) {
        if (e.getBlamedExpressionString() != null) {
            return e.getBlamedExpressionString();
        }
        if (e.getTemplateSourceName() == null || e.getLineNumber() == null || e.getEndLineNumber() == null) {
            return null;
        }
        try {
            String instruction = configuration.getTemplate(e.getTemplateSourceName()).getSource(e.getColumnNumber(),
                    e.getLineNumber(), e.getEndColumnNumber(), e.getEndLineNumber());
            Matcher asked = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*\\." + Pattern.quote(key) + "(?![A-Za-z0-9_])")
                    .matcher(instruction);
            return asked.find() ? asked.group() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static RecordModel.UnknownField unknownField(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordModel.UnknownField field) {
                return field;
            }
        }
        return null;
    }

    /** No message names a place on this machine: the templates folder is named as the author knows it. */
    private String scrub(String text) {
        String scrubbed = text;
        for (String path : machinePaths) {
            scrubbed = scrubbed.replace(path, displayFolder);
        }
        return scrubbed.replaceAll("FileTemplateLoader\\([^)]*\\)", "the templates folder");
    }

    private Template template(String name) throws TemplateFailure {
        try {
            return configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(Problem.error(displayFolder + "/" + name, 0, 0,
                    "the template is missing", "restore " + displayFolder + "/" + name
                            + " (every site needs it)"));
        } catch (ParseException e) {
            throw new TemplateFailure(Problem.error(display(e.getTemplateName(), name), e.getLineNumber(),
                    e.getColumnNumber(), scrub(firstLine(e.getEditorMessage())), "fix the template syntax at this place"));
        } catch (SecurityException e) {
            // FreeMarker's message names where the link leads, a place on this machine.
            throw new TemplateFailure(Problem.error(displayFolder + "/" + name, 0, 0,
                    "the template links to a place outside the templates folder",
                    "replace the link with the template itself"));
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayFolder + "/" + name, 0, 0,
                    "cannot read the template: " + scrub(String.valueOf(e.getMessage())),
                    "check that the file is readable"));
        }
    }

    private String display(String sourceName, String fallback) {
        return displayFolder + "/" + (sourceName == null ? fallback : sourceName);
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * FreeMarker's message up to its tips, on one line, without the "[in template ...]" place that the problem
     * already gives: e.g. {@code The following has evaluated to null or missing: ==> playbook.titel}.
     */
    static String summary(String message) {
        StringBuilder summary = new StringBuilder();
        for (String line : (message == null ? "" : message).split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("----") || text.startsWith("Tip:")) {
                break;
            }
            summary.append(summary.length() == 0 ? "" : " ").append(text.replaceAll("\\s*\\[in template .*\\]$", ""));
        }
        return summary.length() == 0 ? "template error" : summary.toString();
    }

    /** FreeMarker's first tip, which often says exactly how to fix the template. */
    static String tip(String message) {
        for (String line : (message == null ? "" : message).split("\n")) {
            String text = line.strip();
            if (text.startsWith("Tip:")) {
                return text.substring("Tip:".length()).strip();
            }
        }
        return "fix the template at this place";
    }

    private static String firstLine(String message) {
        String text = message == null ? "template error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
