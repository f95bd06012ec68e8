package dev.playbooks.render;

import dev.playbooks.i18n.Messages;
import dev.playbooks.problem.Problem;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker, configured so that a template can neither run code nor leak a stack trace into a page: HTML
 * auto-escaping, no {@code ?new} of arbitrary classes, no {@code ?api}, every error rethrown and reported as
 * {@code templates/x.ftlh:line:col}.
 */
public final class TemplateEngine {
    private final Configuration configuration;
    private final String displayFolder;

    /** @param displayFolder how problems name the templates folder, e.g. {@code templates} */
    public TemplateEngine(Path folder, String displayFolder) throws IOException {
        this.displayFolder = displayFolder;
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setDirectoryForTemplateLoading(folder.toFile());
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocalizedLookup(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        this.configuration = config;
    }

    /** Loads and parses a template now, so a syntax error is reported even for a template no page uses. */
    public void check(String name) throws TemplateFailure {
        template(name);
    }

    /**
     * Renders {@code name} with {@code model}; the template also sees {@code t(...)} for the UI strings of
     * {@code messages}' language.
     */
    public void render(String name, Map<String, Object> model, Messages messages, Writer out) throws TemplateFailure {
        Template template = template(name);
        Map<String, Object> data = new HashMap<>(model);
        data.put("t", new TranslateFunction(messages));
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            throw new TemplateFailure(Problem.error(display(e.getTemplateSourceName(), name),
                    number(e.getLineNumber()), number(e.getColumnNumber()), summary(e.getMessageWithoutStackTop()),
                    tip(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
                    e.getColumnNumber(), firstLine(e.getEditorMessage()), "fix the template syntax at this place"));
        } catch (IOException e) {
            throw new TemplateFailure(Problem.error(displayFolder + "/" + name, 0, 0,
                    "cannot read the template: " + e.getMessage(), "check that the file is readable"));
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
