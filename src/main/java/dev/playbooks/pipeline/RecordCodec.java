package dev.playbooks.pipeline;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/**
 * Values written to the build cache and read back, taken apart as {@link Fingerprint} takes them apart: records
 * component by component (found by reflection), lists, maps, strings, numbers, booleans, dates, paths, enums,
 * optionals, null, and the arrays a page's search analysis holds. A component added to a model record is therefore
 * stored without a word here; a value of any other type is refused when written, never dropped.
 *
 * <p>Only records and enums of this tool are made when reading, through their canonical constructors, so a cache
 * file cannot make the reader build anything else. A cache that does not read back as written is corrupt, and
 * {@link CorruptCache} says so.
 */
final class RecordCodec {
    static final String OWN_CLASSES = "dev.playbooks.";
    private static final MethodType ACCESSOR = MethodType.methodType(Object.class, Object.class);

    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte INT = 2;
    static final byte LONG = 3;
    static final byte TRUE = 4;
    static final byte FALSE = 5;
    static final byte EMPTY = 6;
    static final byte PRESENT = 7;
    static final byte LIST = 8;
    static final byte MAP = 9;
    static final byte RECORD = 10;
    static final byte NEW_RECORD = 11;
    static final byte ENUM = 12;
    static final byte DATE = 13;
    static final byte PATH = 14;
    static final byte STRINGS = 15;
    static final byte CHARS = 16;
    static final byte INTS = 17;

    static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    var accessor = components[i].getAccessor();
                    accessor.trySetAccessible();
                    accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(ACCESSOR);
                    types[i] = components[i].getType();
                }
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.trySetAccessible();
                return new Shape(accessors, constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot store " + type.getName(), e);
            }
        }
    };

    record Shape(MethodHandle[] accessors, Constructor<?> constructor) {
    }

    /** The cache does not hold what was written: cut short, from another version, or altered. */
    static final class CorruptCache extends IOException {
        CorruptCache(String message) {
            super(message);
        }
    }

    /** Strings up to this length are numbered: words, slugs, names, which recur. */
    static final int SHORT = 40;

    private RecordCodec() {
    }
}
