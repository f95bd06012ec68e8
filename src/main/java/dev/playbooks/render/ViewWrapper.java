package dev.playbooks.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What templates may see of the data, as an allow-list: text, numbers, booleans, lists and maps of those, and
 * records (the {@link Views}), whose components only are exposed ({@link RecordModel}). Any other object is refused
 * rather than handed over as a Java bean, and the member-access policy exposes no method, field or constructor to
 * begin with, so neither {@code page.getClass()} nor any other reflection is reachable from a template.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /** Nothing of any class is exposed as a member. */
    private static final MemberAccessPolicy NOTHING = new MemberAccessPolicy() {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return false;
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    };

    ViewWrapper() {
        super(Configuration.VERSION_2_3_35);
        setMemberAccessPolicy(NOTHING);
        setExposeFields(false);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (value instanceof Record record) {
            return new RecordModel(record, this);
        }
        throw new TemplateModelException("a template may not see a " + value.getClass().getSimpleName()
                + ": only text, numbers, lists and the records of Views are given to templates");
    }
}
