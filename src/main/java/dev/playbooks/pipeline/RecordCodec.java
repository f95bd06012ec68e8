package dev.playbooks.pipeline;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
    private static final String OWN_CLASSES = "dev.playbooks.";
    private static final MethodType ACCESSOR = MethodType.methodType(Object.class, Object.class);

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte EMPTY = 6;
    private static final byte PRESENT = 7;
    private static final byte LIST = 8;
    private static final byte MAP = 9;
    private static final byte RECORD = 10;
    private static final byte NEW_RECORD = 11;
    private static final byte ENUM = 12;
    private static final byte DATE = 13;
    private static final byte PATH = 14;
    private static final byte STRINGS = 15;
    private static final byte CHARS = 16;
    private static final byte INTS = 17;

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
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

    private record Shape(MethodHandle[] accessors, Constructor<?> constructor) {
    }

    /** The cache does not hold what was written: cut short, from another version, or altered. */
    static final class CorruptCache extends IOException {
        CorruptCache(String message) {
            super(message);
        }
    }

    /** Strings up to this length are numbered: words, slugs, names, which recur. */
    private static final int SHORT = 40;

    private RecordCodec() {
    }

    /** A growable array of bytes, with the encodings the codec uses: varints, zigzag for signed numbers. */
    private static final class Bytes {
        byte[] bytes = new byte[1 << 16];
        int length;

        void writeByte(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        void write(byte[] more) {
            ensure(more.length);
            System.arraycopy(more, 0, bytes, length, more.length);
            length += more.length;
        }

        void writeSize(long size) {
            ensure(10);
            long rest = size;
            while ((rest & ~0x7fL) != 0) {
                bytes[length++] = (byte) (rest & 0x7f | 0x80);
                rest >>>= 7;
            }
            bytes[length++] = (byte) rest;
        }

        void writeLong(long value) {
            writeSize(value << 1 ^ value >> 63);
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
            }
        }
    }

    /**
     * Writes values to a stream, each record class named once.
     *
     * @param substitute applied to every value before it is taken apart, e.g. to write a reference for an object
     *                   stored elsewhere
     */
    static final class Out {
        private final Bytes out = new Bytes();
        private final UnaryOperator<Object> substitute;
        private final Map<Class<?>, Integer> classes = new HashMap<>();
        private final Map<String, Integer> strings = new HashMap<>();

        Out(UnaryOperator<Object> substitute) {
            this.substitute = substitute;
        }

        /** Everything written so far. */
        byte[] bytes() {
            return java.util.Arrays.copyOf(out.bytes, out.length);
        }

        Out value(Object given) {
            Object value = substitute.apply(given);
            if (value instanceof String text) {
                out.writeByte(STRING);
                string(text);
            } else if (value instanceof Record record) {
                record(record);
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeSize(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof Integer number) {
                out.writeByte(INT);
                out.writeLong(number);
            } else if (value instanceof Long number) {
                out.writeByte(LONG);
                out.writeLong(number);
            } else if (value instanceof Boolean flag) {
                out.writeByte(flag ? TRUE : FALSE);
            } else if (value instanceof Optional<?> optional) {
                if (optional.isPresent()) {
                    out.writeByte(PRESENT);
                    value(optional.get());
                } else {
                    out.writeByte(EMPTY);
                }
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeSize(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    value(entry.getKey());
                    value(entry.getValue());
                }
            } else if (value instanceof Enum<?> constant) {
                out.writeByte(ENUM);
                string(constant.getDeclaringClass().getName());
                string(constant.name());
            } else if (value instanceof LocalDate date) {
                out.writeByte(DATE);
                out.writeLong(date.toEpochDay());
            } else if (value instanceof Path path) {
                out.writeByte(PATH);
                string(path.toString());
            } else if (value instanceof String[] texts) {
                out.writeByte(STRINGS);
                out.writeSize(texts.length);
                for (String text : texts) {
                    string(text);
                }
            } else if (value instanceof char[] chars) {
                out.writeByte(CHARS);
                out.writeSize(chars.length);
                for (char c : chars) {
                    out.writeSize(c);
                }
            } else if (value instanceof int[] numbers) {
                out.writeByte(INTS);
                out.writeSize(numbers.length);
                for (int number : numbers) {
                    out.writeLong(number);
                }
            } else {
                throw new IllegalArgumentException("the build cache cannot store a " + value.getClass().getName()
                        + ": use a record, a list, a map or a plain value");
            }
            return this;
        }

        private void record(Record record) {
            Class<?> type = record.getClass();
            Integer known = classes.get(type);
            if (known != null) {
                out.writeByte(RECORD);
                out.writeSize(known);
            } else {
                classes.put(type, classes.size());
                out.writeByte(NEW_RECORD);
                string(type.getName());
            }
            for (MethodHandle accessor : SHAPES.get(type).accessors()) {
                try {
                    value((Object) accessor.invokeExact((Object) record));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        /**
         * A short string written before is written as its number (an index holds the same words on many pages);
         * any other as its length and UTF-8 bytes, a short one numbered for later.
         */
        Out string(String text) {
            if (text.length() <= SHORT) {
                Integer known = strings.putIfAbsent(text, strings.size());
                if (known != null) {
                    out.writeSize((long) known << 1 | 1);
                    return this;
                }
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeSize((long) bytes.length << 1);
            out.write(bytes);
            return this;
        }

        Out size(int size) {
            out.writeSize(size);
            return this;
        }
    }

    /** Reads back what {@link Out} wrote. */
    static final class In {
        private final byte[] in;
        private final int length;
        private int at;
        private UnaryOperator<Object> resolve = UnaryOperator.identity();
        private final List<Class<?>> classes = new ArrayList<>();
        private final List<String> strings = new ArrayList<>();

        /** Reads the first {@code length} bytes of {@code in}. */
        In(byte[] in, int length) {
            this.in = in;
            this.length = length;
        }

        /** From here on, applies {@code resolve} to every value read, undoing what the writer's substitute did. */
        void resolvingWith(UnaryOperator<Object> resolve) {
            this.resolve = resolve;
        }

        Object value() throws IOException {
            return resolve.apply(raw());
        }

        /** The next value, which must be of {@code type}. */
        <T> T value(Class<T> type) throws IOException {
            Object value = value();
            if (!type.isInstance(value)) {
                throw new CorruptCache("expected a " + type.getSimpleName() + ", found "
                        + (value == null ? "nothing" : value.getClass().getSimpleName()));
            }
            return type.cast(value);
        }

        private Object raw() throws IOException {
            byte tag = readByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return string();
                case INT:
                    return Math.toIntExact(readLong());
                case LONG:
                    return readLong();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case EMPTY:
                    return Optional.empty();
                case PRESENT:
                    return Optional.ofNullable(value());
                case LIST:
                    return list();
                case MAP:
                    return map();
                case RECORD:
                    return record(known(size()));
                case NEW_RECORD:
                    Class<?> type = ownClass(string());
                    if (!type.isRecord()) {
                        throw new CorruptCache(type.getName() + " is not a record");
                    }
                    classes.add(type);
                    return record(type);
                case ENUM:
                    return constant();
                case DATE:
                    return LocalDate.ofEpochDay(readLong());
                case PATH:
                    return Path.of(string());
                case STRINGS:
                    String[] texts = new String[size()];
                    for (int i = 0; i < texts.length; i++) {
                        texts[i] = string();
                    }
                    return texts;
                case CHARS:
                    char[] chars = new char[size()];
                    for (int i = 0; i < chars.length; i++) {
                        chars[i] = (char) size();
                    }
                    return chars;
                case INTS:
                    int[] numbers = new int[size()];
                    for (int i = 0; i < numbers.length; i++) {
                        numbers[i] = Math.toIntExact(readLong());
                    }
                    return numbers;
                default:
                    throw new CorruptCache("unknown value tag " + tag);
            }
        }

        private List<Object> list() throws IOException {
            int size = size();
            List<Object> items = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                items.add(value());
            }
            return items;
        }

        private Map<Object, Object> map() throws IOException {
            int size = size();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(value(), value());
            }
            return map;
        }

        private Object record(Class<?> type) throws IOException {
            Shape shape = SHAPES.get(type);
            Object[] components = new Object[shape.accessors().length];
            for (int i = 0; i < components.length; i++) {
                components[i] = value();
            }
            try {
                return shape.constructor().newInstance(components);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new CorruptCache("cannot make a " + type.getSimpleName() + " of what is stored: " + e);
            }
        }

        private Object constant() throws IOException {
            Class<?> type = ownClass(string());
            String name = string();
            for (Object constant : type.getEnumConstants() == null ? new Object[0] : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new CorruptCache("no " + type.getSimpleName() + "." + name);
        }

        private Class<?> known(int index) throws CorruptCache {
            if (index < 0 || index >= classes.size()) {
                throw new CorruptCache("unknown record class " + index);
            }
            return classes.get(index);
        }

        private static Class<?> ownClass(String name) throws CorruptCache {
            if (!name.startsWith(OWN_CLASSES)) {
                throw new CorruptCache("refused to make a " + name);
            }
            try {
                return Class.forName(name, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new CorruptCache("no class " + name);
            }
        }

        /** A count or length: none can be larger than what is read. */
        int size() throws IOException {
            long size = readVarint();
            if (size < 0 || size > length) {
                throw new CorruptCache("a length of " + size);
            }
            return (int) size;
        }

        String string() throws IOException {
            long code = readVarint();
            if ((code & 1) == 1) {
                long index = code >>> 1;
                if (index >= strings.size()) {
                    throw new CorruptCache("an unknown string " + index);
                }
                return strings.get((int) index);
            }
            long bytes = code >>> 1;
            if (bytes > this.length - at) {
                throw new CorruptCache("a string longer than what is left");
            }
            String text = new String(in, at, (int) bytes, StandardCharsets.UTF_8);
            at += (int) bytes;
            if (text.length() <= SHORT) {
                strings.add(text);
            }
            return text;
        }

        /** Whether everything was read. */
        boolean atEnd() {
            return at == length;
        }

        private byte readByte() throws CorruptCache {
            if (at >= length) {
                throw new CorruptCache("cut short");
            }
            return in[at++];
        }

        private long readVarint() throws CorruptCache {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = readByte();
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new CorruptCache("a number too long");
        }

        private long readLong() throws CorruptCache {
            long zigzag = readVarint();
            return zigzag >>> 1 ^ -(zigzag & 1);
        }
    }
}
