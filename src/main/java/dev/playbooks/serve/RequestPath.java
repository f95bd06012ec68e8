package dev.playbooks.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request's path, decoded strictly and checked before it comes near the file system: it must start with a
 * slash, contain no encoded slash or backslash, no NUL, no {@code .} or {@code ..} segment (written or encoded),
 * and be valid UTF-8. The server gets the raw path and decodes it here, once, so that no second decoding can
 * turn {@code %252e} into a dot later.
 */
record RequestPath(List<String> segments, boolean endsWithSlash) {

    /** The checked path, or empty when the request is malformed (answered with 400). */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            Optional<String> segment = decode(raw);
            if (segment.isEmpty() || segment.get().equals(".") || segment.get().equals("..")
                    || segment.get().indexOf('\0') >= 0) {
                return Optional.empty();
            }
            if (!segment.get().isEmpty()) {
                segments.add(segment.get());
            }
        }
        return Optional.of(new RequestPath(List.copyOf(segments), rawPath.endsWith("/")));
    }

    /** Names starting with a dot (the output marker, files being written) are not part of the site. */
    boolean isHidden() {
        return segments.stream().anyMatch(segment -> segment.startsWith("."));
    }

    String joined() {
        return String.join("/", segments);
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                int codePoint = raw.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
