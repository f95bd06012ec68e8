package dev.playbooks.pipeline;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file of the site was made from, in 128 bits. Two runs that give a file the same fingerprint write the same
 * bytes for it, so an update writes only the files whose fingerprint changed.
 *
 * <p>Values are taken apart generically: records component by component (found by reflection), lists, maps (by
 * sorted key), strings, numbers, booleans, dates, enums, optionals and null. A field added to a view record is
 * therefore part of every fingerprint without a word here; a value of any other type is refused at once, so it
 * cannot be left out silently. Each part is written with its type and length, so that no two different values
 * write the same bytes.
 */
record Fingerprint(long high, long low) {
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                try {
                    accessor.trySetAccessible();
                    accessors[i] = MethodHandles.lookup().unreflect(accessor);
                } catch (IllegalAccessException e) {
                    throw new IllegalArgumentException("cannot read " + type.getName() + "." + accessor.getName(), e);
                }
            }
            return accessors;
        }
    };

    /** The fingerprint of the given values, in order. */
    static Fingerprint of(Object... values) {
        Builder builder = new Builder();
        for (Object value : values) {
            builder.add(value);
        }
        return builder.build();
    }

    /** Collects values into a digest; one per fingerprint, on one thread. */
    static final class Builder {
        private final MessageDigest digest = sha256();
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 13);

        Builder add(Object value) {
            if (value == null) {
                tag('0');
            } else if (value instanceof String text) {
                string(text);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte) {
                tag('n').number(((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                tag(flag ? 't' : 'f');
            } else if (value instanceof Optional<?> optional) {
                tag('o').add(optional.orElse(null));
            } else if (value instanceof List<?> list) {
                sequence('l', list);
            } else if (value instanceof Map<?, ?> map) {
                map(map);
            } else if (value instanceof Record record) {
                record(record);
            } else if (value instanceof Enum<?> constant) {
                tag('e').string(constant.getDeclaringClass().getName()).string(constant.name());
            } else if (value instanceof LocalDate date) {
                tag('d').string(date.toString());
            } else {
                throw new IllegalArgumentException("a page's data holds a " + value.getClass().getName()
                        + ", which a fingerprint cannot take apart: use a record, a list, a map or a plain value");
            }
            return this;
        }

        /** Adds raw bytes, such as a static file's. */
        Builder bytes(byte[] bytes) {
            tag('b').number(bytes.length).flush();
            digest.update(bytes);
            return this;
        }

        Fingerprint build() {
            flush();
            ByteBuffer hash = ByteBuffer.wrap(digest.digest());
            return new Fingerprint(hash.getLong(), hash.getLong());
        }

        private void sequence(char kind, Collection<?> items) {
            tag(kind).number(items.size());
            for (Object item : items) {
                add(item);
            }
        }

        /** Entries by sorted key, since the order of a {@code Map.of} changes from one JVM to the next. */
        private void map(Map<?, ?> map) {
            List<String> keys = new ArrayList<>(map.size());
            for (Object key : map.keySet()) {
                if (!(key instanceof String name)) {
                    throw new IllegalArgumentException("a page's data has a map with a key that is not a string");
                }
                keys.add(name);
            }
            keys.sort(null);
            tag('m').number(keys.size());
            for (String key : keys) {
                string(key).add(map.get(key));
            }
        }

        private void record(Record record) {
            tag('r').string(record.getClass().getName());
            for (MethodHandle accessor : COMPONENTS.get(record.getClass())) {
                try {
                    add(accessor.invoke(record));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private Builder string(String text) {
            tag('s').number(text.length());
            int from = 0;
            while (from < text.length()) {
                if (buffer.remaining() < 2) {
                    flush();
                }
                int to = Math.min(text.length(), from + buffer.remaining() / 2);
                for (int i = from; i < to; i++) {
                    buffer.putChar(text.charAt(i));
                }
                from = to;
            }
            return this;
        }

        private Builder tag(char kind) {
            room(Character.BYTES).putChar(kind);
            return this;
        }

        private Builder number(long value) {
            room(Long.BYTES).putLong(value);
            return this;
        }

        private ByteBuffer room(int bytes) {
            if (buffer.remaining() < bytes) {
                flush();
            }
            return buffer;
        }

        private Builder flush() {
            digest.update(buffer.array(), 0, buffer.position());
            buffer.clear();
            return this;
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }

}
