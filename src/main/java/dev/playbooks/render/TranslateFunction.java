package dev.playbooks.render;

import dev.playbooks.i18n.Messages;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates' {@code t} function: {@code t("steps")} or {@code t("steps.count", "count", 3)} formats a UI
 * string of the page's language with named arguments.
 */
final class TranslateFunction implements TemplateMethodModelEx {
    private final Messages messages;

    TranslateFunction(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() % 2 == 0) {
            throw new TemplateModelException(
                    "t() takes a key and then name/value pairs, e.g. t(\"steps.count\", \"count\", 3)");
        }
        String key = text(arguments.get(0));
        if (!messages.has(key)) {
            throw new TemplateModelException("UI string '" + key + "' is not defined for language '"
                    + messages.language() + "': add it to every file in i18n/");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 1; i < arguments.size(); i += 2) {
            named.put(text(arguments.get(i)), value(arguments.get(i + 1)));
        }
        return messages.format(key, named);
    }

    private static String text(Object model) throws TemplateModelException {
        if (model instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("t(): keys and argument names must be strings");
    }

    private static Object value(Object model) throws TemplateModelException {
        if (model instanceof TemplateNumberModel number) {
            return number.getAsNumber();
        }
        if (model instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (model instanceof TemplateModel) {
            throw new TemplateModelException("t(): argument values must be numbers or strings");
        }
        return model;
    }
}
