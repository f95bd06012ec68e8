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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;

/**
 * Writes values as {@link RecordCodec} takes them apart, each record class named once and each short string
 * numbered once.
 *
 * <p>{@code substitute} is applied to every value before it is taken apart, e.g. to write a reference for an object
 * stored elsewhere; the reader's {@code resolve} undoes it.
 */
final class RecordWriter {
    private final Bytes out;
    private final UnaryOperator<Object> substitute;
    private final Map<Class<?>, Integer> classes = new HashMap<>();
    private final Map<String, Integer> strings = new HashMap<>();

    /** Writes to {@code sink}; {@link #finish} ends what was written with its checksum. */
    RecordWriter(OutputStream sink, UnaryOperator<Object> substitute) {
        this.out = new Bytes(sink);
        this.substitute = substitute;
    }

    /** Writes the checksum of everything written (CRC-32C, four bytes), which {@link RecordReader#checked} checks. */
    void finish() throws IOException {
        out.finish();
    }

    RecordWriter value(Object given) {
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
    RecordWriter string(String text) {
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

    RecordWriter size(int size) {
        out.writeSize(size);
        return this;
    }

    /** A growable array of bytes, with the encodings the codec uses: varints, zigzag for signed numbers. */
    /**
     * The bytes on their way to the stream, a block at a time, with the checksum of all of them: a cache of tens of
     * thousands of pages is tens of megabytes, which need not be in memory at once.
     */
    private static final class Bytes {
        private static final int BLOCK = 1 << 16;
        private final OutputStream sink;
        private final CRC32C checksum = new CRC32C();
        private final byte[] bytes = new byte[BLOCK];
        private int length;

        Bytes(OutputStream sink) {
            this.sink = sink;
        }

        void writeByte(int b) {
            ensure(1);
            bytes[length++] = (byte) b;
        }

        void write(byte[] more) {
            if (more.length > BLOCK) {
                flush();
                pass(more, more.length);
                return;
            }
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

        /** Writes what is left, then the checksum of everything before it. */
        void finish() throws IOException {
            flush();
            long sum = checksum.getValue();
            sink.write(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
            sink.flush();
        }

        private void ensure(int more) {
            if (length + more > BLOCK) {
                flush();
            }
        }

        private void flush() {
            pass(bytes, length);
            length = 0;
        }

        /** To the stream; what fails there fails the writing of the cache, which the caller notes. */
        private void pass(byte[] block, int size) {
            checksum.update(block, 0, size);
            try {
                sink.write(block, 0, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
