package dev.playbooks.render;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * The templates' configuration, every template of which (the pages' and those they include or import) checks for
 * an interrupt in each loop and macro call, so that {@link PageBudget} can stop one that would never end. FreeMarker
 * offers this only through {@code _CoreAPI}, as its own online template tester uses it; the version is pinned.
 */
final class InterruptibleTemplates extends Configuration {
    private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    InterruptibleTemplates() {
        super(Configuration.VERSION_2_3_35);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                ignoreMissing);
        if (template != null) {
            // Under the lock, so that no thread uses a template before its checks are in.
            synchronized (checked) {
                if (checked.add(template)) {
                    _CoreAPI.addThreadInterruptedChecks(template);
                }
            }
        }
        return template;
    }
}
