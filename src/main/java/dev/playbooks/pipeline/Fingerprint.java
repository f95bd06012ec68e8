package dev.playbooks.pipeline;

import dev.playbooks.model.Playbook;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file of the site was made from, in 128 bits. Two runs that give a file the same fingerprint write the same
 * bytes for it, so an update writes only the files whose fingerprint changed.
 *
 * <p>Values are taken apart generically: records component by component (found by reflection), lists, maps (by
 * sorted key), strings, numbers, booleans, dates, paths, enums, optionals and null. A field added to a view record is
 * therefore part of every fingerprint without a word here; a value of any other type is refused at once, so it
 * cannot be left out silently. Each part goes in with its type and length, so that no two different values give
 * the same stream.
 *
 * <p>The stream is hashed with MurmurHash3's 128-bit mixing, on 64-bit words. It is not a cryptographic hash (the
 * author is not an adversary of their own preview), but an update takes the fingerprint of every page of the site,
 * and a cryptographic digest of them cost more than the rest of the update together.
 */
record Fingerprint(long high, long low) {
    private static final MethodType ACCESSOR = MethodType.methodType(Object.class, Object.class);

    /** Per record class: its name, as two words, and its components' accessors. */
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                try {
                    accessor.trySetAccessible();
                    accessors[i] = MethodHandles.lookup().unreflect(accessor).asType(ACCESSOR);
                } catch (IllegalAccessException e) {
                    throw new IllegalArgumentException("cannot read " + type.getName() + "." + accessor.getName(), e);
                }
            }
            Fingerprint name = new Builder().add(type.getName()).build();
            return new RecordShape(name, accessors);
        }
    };

    private record RecordShape(Fingerprint name, MethodHandle[] accessors) {
    }

    /** The fingerprint of the given values, in order. */
    static Fingerprint of(Object... values) {
        Builder builder = new Builder();
        for (Object value : values) {
            builder.add(value);
        }
        return builder.build();
    }

    /** Collects values into a hash; one per fingerprint, on one thread. */
    static final class Builder {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.BIG_ENDIAN);
        private static final long C1 = 0x87c37b91114253d5L;
        private static final long C2 = 0x4cf5ad432745937fL;

        /** Playbooks by their fingerprint as read, rather than taken apart again; none: taken apart. */
        private final PlaybookPrints playbooks;
        private long h1;
        private long h2;
        private long pending;
        private boolean hasPending;
        private long words;
        private char[] chars = new char[256];

        Builder() {
            this(null);
        }

        Builder(PlaybookPrints playbooks) {
            this.playbooks = playbooks;
        }

        Builder add(Object value) {
            // The commonest kinds first: pages are mostly strings in records in lists.
            if (value instanceof String text) {
                string(text);
            } else if (value instanceof Playbook playbook && playbooks != null) {
                add(playbooks.of(playbook));
            } else if (value instanceof Record record) {
                record(record);
            } else if (value instanceof List<?> list) {
                list(list);
            } else if (value == null) {
                tag('0');
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte) {
                tag('n').word(((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                tag(flag ? 't' : 'f');
            } else if (value instanceof Optional<?> optional) {
                tag('o').add(optional.orElse(null));
            } else if (value instanceof Map<?, ?> map) {
                map(map);
            } else if (value instanceof Enum<?> constant) {
                tag('e').string(constant.getDeclaringClass().getName()).string(constant.name());
            } else if (value instanceof LocalDate date) {
                tag('d').word(date.toEpochDay());
            } else if (value instanceof Path path) {
                tag('p').string(path.toString());
            } else {
                throw new IllegalArgumentException("a page's data holds a " + value.getClass().getName()
                        + ", which a fingerprint cannot take apart: use a record, a list, a map or a plain value");
            }
            return this;
        }

        /** Adds raw bytes, such as a file's. */
        Builder bytes(byte[] bytes) {
            return bytes(bytes, bytes.length);
        }

        /** Adds the first {@code length} bytes: eight at a time, as a big-endian word. */
        Builder bytes(byte[] bytes, int length) {
            tag('b').word(length);
            int whole = length - length % Long.BYTES;
            for (int i = 0; i < whole; i += Long.BYTES) {
                word((long) LONGS.get(bytes, i));
            }
            if (whole < length) {
                long word = 0;
                for (int j = whole; j < length; j++) {
                    word = word << 8 | (bytes[j] & 0xff);
                }
                word(word);
            }
            return this;
        }

        Fingerprint build() {
            if (hasPending) {
                block(pending, 0);
            }
            long a = h1 ^ words;
            long b = h2 ^ words;
            a += b;
            b += a;
            a = finish(a);
            b = finish(b);
            a += b;
            b += a;
            return new Fingerprint(a, b);
        }

        private void list(List<?> items) {
            tag('l').word(items.size());
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
            tag('m').word(keys.size());
            for (String key : keys) {
                string(key).add(map.get(key));
            }
        }

        private void record(Record record) {
            RecordShape shape = SHAPES.get(record.getClass());
            tag('r').word(shape.name().high()).word(shape.name().low());
            for (MethodHandle accessor : shape.accessors()) {
                try {
                    add((Object) accessor.invokeExact((Object) record));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        /** Four characters to a word, from a copy of the text: reading a string's characters one by one costs more. */
        private Builder string(String text) {
            int length = text.length();
            tag('s').word(length);
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            text.getChars(0, length, chars, 0);
            int i = 0;
            if (hasPending && length >= 4) {
                word(pack(chars, 0));
                i = 4;
            }
            if (!hasPending) {
                // Whole blocks of eight characters, mixed in locals: most of a page's data goes through here.
                long a = h1;
                long b = h2;
                int blocks = 0;
                for (; i + 8 <= length; i += 8, blocks++) {
                    a ^= Long.rotateLeft(pack(chars, i) * C1, 31) * C2;
                    a = (Long.rotateLeft(a, 27) + b) * 5 + 0x52dce729;
                    b ^= Long.rotateLeft(pack(chars, i + 4) * C2, 33) * C1;
                    b = (Long.rotateLeft(b, 31) + a) * 5 + 0x38495ab5;
                }
                h1 = a;
                h2 = b;
                words += 2L * blocks;
            }
            for (; i + 4 <= length; i += 4) {
                word(pack(chars, i));
            }
            if (i < length) {
                long last = 0;
                for (; i < length; i++) {
                    last = last << 16 | chars[i];
                }
                word(last);
            }
            return this;
        }

        private static long pack(char[] chars, int at) {
            return (long) chars[at] << 48 | (long) chars[at + 1] << 32 | (long) chars[at + 2] << 16 | chars[at + 3];
        }

        private Builder tag(char kind) {
            return word(kind);
        }

        /** Words are hashed two at a time, as MurmurHash3 hashes 16-byte blocks. */
        private Builder word(long word) {
            words++;
            if (hasPending) {
                block(pending, word);
                hasPending = false;
            } else {
                pending = word;
                hasPending = true;
            }
            return this;
        }

        private void block(long k1, long k2) {
            h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
            h1 = (Long.rotateLeft(h1, 27) + h2) * 5 + 0x52dce729;
            h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
            h2 = (Long.rotateLeft(h2, 31) + h1) * 5 + 0x38495ab5;
        }

        private static long finish(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            k *= 0xc4ceb9fe1a85ec53L;
            return k ^ k >>> 33;
        }
    }
}
