package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.Language;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Severity;
import dev.playbooks.search.Analysed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The build cache's encoding: what is written reads back equal, and a stream cannot make the reader build anything. */
class RecordCodecTest {
    private record Everything(String text, int number, long big, boolean flag, Optional<LocalDate> date,
                              Optional<String> none, List<Language> languages, Map<String, Integer> lines, Path path,
                              Severity severity, Problem problem, String nothing) {
    }

    private static Object roundTrip(Object value) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        new RecordWriter(stream, UnaryOperator.identity()).value(value).value(value).finish();
        RecordReader reader = RecordReader.checked(stream.toByteArray());
        reader.value();
        Object again = reader.value();
        assertTrue(reader.atEnd());
        return again;
    }

    @Test
    void recordsListsMapsAndPlainValuesReadBackEqualAndRepeatedOnesTooByNumber() throws IOException {
        Everything value = new Everything("één-op-één", -7, Long.MIN_VALUE, true, Optional.of(LocalDate.of(2026, 12, 1)),
                Optional.empty(), List.of(new Language("en"), new Language("nl")), Map.of("title", 2, "tags", 5),
                Path.of("content/en/trust.md"), Severity.WARNING,
                new Problem("content/en/trust.md", 3, 14, Severity.ERROR, "a message", "a hint"), null);
        assertEquals(value, roundTrip(value));
    }

    @Test
    void aPagesSearchAnalysisReadsBackWithItsArrays() throws IOException {
        Analysed page = new Analysed("trust", "Trust", List.of("Why", "How"), 2,
                new String[] {"trust", "vertrouwen", "\u00e9\u00e9n"}, new char[] {0, 5, 0xffff}, 42);
        Analysed again = (Analysed) roundTrip(page);
        assertArrayEquals(page.words(), again.words());
        assertArrayEquals(page.places(), again.places());
        assertEquals(List.of("Why", "How"), again.headings());
        assertEquals(42, again.bodyWords());
    }

    @Test
    void aValueOfAnotherKindIsRefusedWhenWrittenNeverDropped() {
        RecordWriter writer = new RecordWriter(new ByteArrayOutputStream(), UnaryOperator.identity());
        assertThrows(IllegalArgumentException.class, () -> writer.value(Set.of("a")));
    }

    /** A stream with a good checksum, as a writer that wrote {@code bytes} as they are would finish it. */
    private static byte[] finished(byte... bytes) {
        java.util.zip.CRC32C checksum = new java.util.zip.CRC32C();
        checksum.update(bytes);
        long sum = checksum.getValue();
        byte[] stream = java.util.Arrays.copyOf(bytes, bytes.length + 4);
        for (int i = 0; i < 4; i++) {
            stream[bytes.length + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return stream;
    }

    @Test
    void aStreamNamingAClassThatIsNotOneOfThisToolsRecordsIsCorrupt() {
        byte[] name = "java.lang.ProcessBuilder".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[2 + name.length];
        bytes[0] = RecordCodec.NEW_RECORD;
        bytes[1] = (byte) (name.length << 1);
        System.arraycopy(name, 0, bytes, 2, name.length);
        RecordCodec.CorruptCache refused = assertThrows(RecordCodec.CorruptCache.class,
                () -> RecordReader.checked(finished(bytes)).value());
        assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
    }

    @Test
    void aLengthLargerThanTheStreamIsCorruptNotAnAllocation() {
        byte[] bytes = {RecordCodec.STRINGS, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f};
        assertThrows(RecordCodec.CorruptCache.class, () -> RecordReader.checked(finished(bytes)).value());
    }

    @Test
    void aStreamWhoseChecksumDoesNotMatchIsCorruptBeforeAnythingIsRead() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        new RecordWriter(stream, UnaryOperator.identity()).value("trust").finish();
        byte[] bytes = stream.toByteArray();
        bytes[1] ^= 1;
        assertThrows(RecordCodec.CorruptCache.class, () -> RecordReader.checked(bytes));
    }
}
