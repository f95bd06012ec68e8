package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.output.FeedEntry;
import dev.playbooks.output.SitemapEntry;
import dev.playbooks.render.Views;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What keeps {@code serve} from showing a stale page: every part of what a template gets reaches the page's
 * fingerprint. The records are found by reflection, so a field added to any view record tomorrow is checked here
 * without a change to this test or to the fingerprint.
 */
class FingerprintTest {
    /** Every record a page's data, a feed or the sitemap is made of. */
    private static List<Class<?>> viewRecords() {
        List<Class<?>> records = new ArrayList<>(Arrays.stream(Views.class.getDeclaredClasses())
                .filter(Class::isRecord).toList());
        records.addAll(List.of(FeedEntry.class, SitemapEntry.class, SiteFiles.Feed.class));
        return records;
    }

    @Test
    void everyComponentOfEveryViewRecordReachesTheFingerprint() throws Exception {
        List<Class<?>> records = viewRecords();
        assertTrue(records.size() > 15, "the view records are found");
        for (Class<?> type : records) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] base = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                base[i] = sample(components[i].getGenericType(), 0, 0);
            }
            Fingerprint original = Fingerprint.of(make(type, base));
            for (int i = 0; i < components.length; i++) {
                Object[] changed = base.clone();
                changed[i] = sample(components[i].getGenericType(), 1, 0);
                assertNotEquals(original, Fingerprint.of(make(type, changed)),
                        type.getSimpleName() + "." + components[i].getName() + " does not reach the fingerprint");
            }
        }
    }

    @Test
    void equalDataGivesEqualFingerprintsWhateverTheMapOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("page", "a");
        one.put("search", List.of(1, 2));
        Map<String, Object> other = new HashMap<>();
        other.put("search", List.of(1, 2));
        other.put("page", "a");
        assertEquals(Fingerprint.of(one), Fingerprint.of(other));
        assertEquals(Fingerprint.of(Map.of("k", Optional.of("v"))), Fingerprint.of(Map.of("k", Optional.of("v"))));
    }

    @Test
    void valuesThatPrintAlikeStillDiffer() {
        assertNotEquals(Fingerprint.of("ab", "c"), Fingerprint.of("a", "bc"));
        assertNotEquals(Fingerprint.of(List.of("a", "b")), Fingerprint.of(List.of(List.of("a"), "b")));
        assertNotEquals(Fingerprint.of((Object) null), Fingerprint.of(""));
        assertNotEquals(Fingerprint.of(Optional.empty()), Fingerprint.of((Object) null));
        assertNotEquals(Fingerprint.of(1), Fingerprint.of("1"));
        assertNotEquals(Fingerprint.of("x".repeat(5000) + "a"), Fingerprint.of("x".repeat(5000) + "b"),
                "a difference after the first buffer's worth of text");
    }

    @Test
    void aValueItCannotTakeApartIsRefusedRatherThanLeftOut() {
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.of(Map.of(1, "one")));
    }

    /**
     * A value of the given type: {@code variant} 0 and 1 differ. Records may nest (a table of contents entry holds
     * entries), so deep down lists are empty.
     */
    private static Object sample(Type type, int variant, int depth) throws Exception {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return depth > 2 ? List.of() : List.of(sample(arguments[0], variant, depth + 1));
            }
            if (raw == Map.class) {
                return Map.of("key", sample(arguments[1], variant, depth + 1));
            }
            if (raw == Optional.class) {
                return Optional.of(sample(arguments[0], variant, depth + 1));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return variant == 0 ? "one" : "two";
        }
        if (raw == int.class || raw == Integer.class) {
            return variant == 0 ? 1 : 2;
        }
        if (raw == long.class || raw == Long.class) {
            return variant == 0 ? 1L : 2L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return variant == 1;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 1 + variant);
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType(), i == 0 ? variant : 0, depth + 1);
            }
            return make(raw, values);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static Object make(Class<?> type, Object[] values) throws Exception {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }
}
