package dev.playbooks.render;

import dev.playbooks.problem.Suggestions;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record of {@link Views} as a template sees it: its components by name, and nothing else. No method, no
 * {@code getClass()}, no way from the data to the rest of the JVM. A name that is not a component is a mistake in the
 * template, reported with the names it may use there and the nearest of them.
 */
final class RecordModel implements TemplateHashModelEx {
    /** Each record class's components in order, found once. */
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> components = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(components);
        }
    };

    private final Record record;
    private final ObjectWrapper wrapper;
    private final Map<String, Method> components;

    RecordModel(Record record, ObjectWrapper wrapper) {
        this.record = record;
        this.wrapper = wrapper;
        this.components = COMPONENTS.get(record.getClass());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method accessor = components.get(key);
        if (accessor == null) {
            throw new UnknownField(key, record.getClass().getSimpleName(), names());
        }
        try {
            return wrapper.wrap(accessor.invoke(record));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateModelException("cannot read '" + key + "'", e);
        }
    }

    /** A name a template asked for that the record does not have, with the names it has. */
    static final class UnknownField extends TemplateModelException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String type;
        private final transient List<String> names;

        UnknownField(String key, String type, List<String> names) {
            super("'" + key + "' is not a field of " + type);
            this.key = key;
            this.type = type;
            this.names = List.copyOf(names);
        }

        String key() {
            return key;
        }

        /** What went wrong, for {@code expression} (such as {@code playbook.titel}). */
        String problem(String expression) {
            return (expression == null ? "" : expression + ": ") + "'" + key + "' is not a field of " + type;
        }

        /** The fields it may use, and the nearest. */
        String hint() {
            String nearest = Suggestions.nearest(key, names);
            return (nearest == null ? "" : "did you mean '" + nearest + "'? ") + "a " + type + " has " + names;
        }
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    @Override
    public boolean isEmpty() {
        return components.isEmpty();
    }

    @Override
    public int size() {
        return components.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(names(), wrapper);
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        List<TemplateModel> values = new ArrayList<>();
        for (String name : names()) {
            values.add(get(name));
        }
        return new SimpleCollection(values, wrapper);
    }
}
