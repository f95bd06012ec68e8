package dev.playbooks.pipeline;

import static dev.playbooks.pipeline.RecordCodec.CHARS;
import static dev.playbooks.pipeline.RecordCodec.DATE;
import static dev.playbooks.pipeline.RecordCodec.EMPTY;
import static dev.playbooks.pipeline.RecordCodec.ENUM;
import static dev.playbooks.pipeline.RecordCodec.FALSE;
import static dev.playbooks.pipeline.RecordCodec.INT;
import static dev.playbooks.pipeline.RecordCodec.INTS;
import static dev.playbooks.pipeline.RecordCodec.LIST;
import static dev.playbooks.pipeline.RecordCodec.LONG;
import static dev.playbooks.pipeline.RecordCodec.MAP;
import static dev.playbooks.pipeline.RecordCodec.NEW_RECORD;
import static dev.playbooks.pipeline.RecordCodec.OWN_CLASSES;
import static dev.playbooks.pipeline.RecordCodec.NULL;
import static dev.playbooks.pipeline.RecordCodec.PATH;
import static dev.playbooks.pipeline.RecordCodec.PRESENT;
import static dev.playbooks.pipeline.RecordCodec.RECORD;
import static dev.playbooks.pipeline.RecordCodec.SHAPES;
import static dev.playbooks.pipeline.RecordCodec.SHORT;
import static dev.playbooks.pipeline.RecordCodec.STRING;
import static dev.playbooks.pipeline.RecordCodec.STRINGS;
import static dev.playbooks.pipeline.RecordCodec.TRUE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;

/** Reads back what {@link RecordWriter} wrote. */
final class RecordReader {
    private final byte[] in;
    private final int length;
    private int at;
    private UnaryOperator<Object> resolve = UnaryOperator.identity();
    private final List<Class<?>> classes = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();

    private RecordReader(byte[] in, int length) {
        this.in = in;
        this.length = length;
    }

    /** Reads what a {@link RecordWriter} wrote and finished, once its checksum shows it whole and unaltered. */
    static RecordReader checked(byte[] bytes) throws RecordCodec.CorruptCache {
        int length = bytes.length - Integer.BYTES;
        if (length < 0) {
            throw new RecordCodec.CorruptCache("cut short");
        }
        CRC32C checksum = new CRC32C();
        checksum.update(bytes, 0, length);
        long stored = (bytes[length] & 0xffL) << 24 | (bytes[length + 1] & 0xffL) << 16
                | (bytes[length + 2] & 0xffL) << 8 | bytes[length + 3] & 0xffL;
        if (stored != checksum.getValue()) {
            throw new RecordCodec.CorruptCache("its checksum does not match");
        }
        return new RecordReader(bytes, length);
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
            throw new RecordCodec.CorruptCache("expected a " + type.getSimpleName() + ", found "
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
                    throw new RecordCodec.CorruptCache(type.getName() + " is not a record");
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
                    long c = readVarint();
                    if (c > Character.MAX_VALUE) {
                        throw new RecordCodec.CorruptCache("no character " + c);
                    }
                    chars[i] = (char) c;
                }
                return chars;
            case INTS:
                int[] numbers = new int[size()];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = Math.toIntExact(readLong());
                }
                return numbers;
            default:
                throw new RecordCodec.CorruptCache("unknown value tag " + tag);
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
        RecordCodec.Shape shape = SHAPES.get(type);
        Object[] components = new Object[shape.accessors().length];
        for (int i = 0; i < components.length; i++) {
            components[i] = value();
        }
        try {
            return shape.constructor().newInstance(components);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new RecordCodec.CorruptCache("cannot make a " + type.getSimpleName() + " of what is stored: " + e);
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
        throw new RecordCodec.CorruptCache("no " + type.getSimpleName() + "." + name);
    }

    private Class<?> known(int index) throws RecordCodec.CorruptCache {
        if (index < 0 || index >= classes.size()) {
            throw new RecordCodec.CorruptCache("unknown record class " + index);
        }
        return classes.get(index);
    }

    private static Class<?> ownClass(String name) throws RecordCodec.CorruptCache {
        if (!name.startsWith(OWN_CLASSES)) {
            throw new RecordCodec.CorruptCache("refused to make a " + name);
        }
        try {
            return Class.forName(name, false, RecordCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new RecordCodec.CorruptCache("no class " + name);
        }
    }

    /** A count or length: none can be larger than what is read. */
    int size() throws IOException {
        long size = readVarint();
        if (size < 0 || size > length) {
            throw new RecordCodec.CorruptCache("a length of " + size);
        }
        return (int) size;
    }

    String string() throws IOException {
        long code = readVarint();
        if ((code & 1) == 1) {
            long index = code >>> 1;
            if (index >= strings.size()) {
                throw new RecordCodec.CorruptCache("an unknown string " + index);
            }
            return strings.get((int) index);
        }
        long bytes = code >>> 1;
        if (bytes > this.length - at) {
            throw new RecordCodec.CorruptCache("a string longer than what is left");
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

    private byte readByte() throws RecordCodec.CorruptCache {
        if (at >= length) {
            throw new RecordCodec.CorruptCache("cut short");
        }
        return in[at++];
    }

    private long readVarint() throws RecordCodec.CorruptCache {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = readByte();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new RecordCodec.CorruptCache("a number too long");
    }

    private long readLong() throws RecordCodec.CorruptCache {
        long zigzag = readVarint();
        return zigzag >>> 1 ^ -(zigzag & 1);
    }
}
