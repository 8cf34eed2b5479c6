package org.gridloop.field.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the body of a compact sync message before compression (docs/field-sync.md): varints,
 * zigzag deltas of coordinates and times along the message, a string dictionary built as it
 * goes, and identifiers as a prefix and a counter delta.
 */
final class WireWriter {

    /** An identifier ending in a counter: the prefix (any leading zeros of the counter included) and the counter. */
    static final Pattern COUNTED = Pattern.compile("^(.*?)([1-9][0-9]{0,17})$", Pattern.DOTALL);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final Map<String, Long> counters = new HashMap<>();
    private long previousTime;
    private long previousLat;
    private long previousLon;

    byte[] bytes() {
        return out.toByteArray();
    }

    void raw(int b) {
        out.write(b);
    }

    void unsigned(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    void signed(long value) {
        unsigned((value << 1) ^ (value >> 63));
    }

    /** {@code 0} null, {@code 1} a new entry (length, UTF-8) added to the dictionary, {@code k ≥ 2} entry {@code k − 2}. */
    void string(String value) {
        if (value == null) {
            unsigned(0);
            return;
        }
        Integer known = dictionary.get(value);
        if (known != null) {
            unsigned(known + 2L);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        unsigned(1);
        unsigned(utf8.length);
        out.write(utf8, 0, utf8.length);
        dictionary.put(value, dictionary.size());
    }

    void strings(List<String> values) {
        unsigned(values.size());
        values.forEach(this::string);
    }

    /** {@code 0} null, {@code 1} a string, {@code 2} a prefix and the counter's delta from the prefix's last counter. */
    void identifier(String value) {
        if (value == null) {
            unsigned(0);
            return;
        }
        Matcher counted = COUNTED.matcher(value);
        if (!counted.matches()) {
            unsigned(1);
            string(value);
            return;
        }
        String prefix = counted.group(1);
        long counter = Long.parseLong(counted.group(2));
        unsigned(2);
        string(prefix);
        signed(counter - counters.getOrDefault(prefix, 0L));
        counters.put(prefix, counter);
    }

    /** Seconds since the epoch, as the delta from the message's previous time. */
    void time(OffsetDateTime at) {
        long seconds = at.toEpochSecond();
        signed(seconds - previousTime);
        previousTime = seconds;
    }

    /** Micro-degrees, as the delta from the message's previous latitude. */
    void latitude(double degrees) {
        long micro = Math.round(degrees * 1e6);
        signed(micro - previousLat);
        previousLat = micro;
    }

    void longitude(double degrees) {
        long micro = Math.round(degrees * 1e6);
        signed(micro - previousLon);
        previousLon = micro;
    }

    /** Whole metres, rounded up so that a position never looks better than the device said. */
    void accuracy(double meters) {
        unsigned((long) Math.ceil(meters));
    }
}
